import { Heading1 } from '@utrecht/component-library-react';

export function RegisterScreen() {
  return <Heading1>Moties en toezeggingen</Heading1>;
}
