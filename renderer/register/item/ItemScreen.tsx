import { Heading1 } from '@utrecht/component-library-react';

export function ItemScreen({ soort, id }: { soort: string; id: number }) {
  return <Heading1>{`${soort} ${id}`}</Heading1>;
}
