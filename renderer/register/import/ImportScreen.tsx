import { Heading1 } from '@utrecht/component-library-react';

export function ImportScreen() {
  return <Heading1>Lijst inlezen</Heading1>;
}
