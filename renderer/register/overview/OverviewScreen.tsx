import { Heading1 } from '@utrecht/component-library-react';

export function OverviewScreen() {
  return <Heading1>Stand van zaken</Heading1>;
}
