import { Heading1 } from '@utrecht/component-library-react';

export function SettingsScreen() {
  return <Heading1>Instellingen</Heading1>;
}
