import { useEffect, useState } from 'react';
import { useClient } from '../../app/client-context.js';

export interface Facets {
  portefeuillehouders: string[];
  jaren: number[];
}

/** The values the filters offer, from the register itself; none until they are here (the filters still work). */
export function useFacets(): Facets {
  const client = useClient();
  const [facets, setFacets] = useState<Facets>({ portefeuillehouders: [], jaren: [] });
  useEffect(() => {
    let current = true;
    void client.invoke('register.facets', {}).then((result) => {
      if (current && result.ok) setFacets(result.value);
    });
    return () => {
      current = false;
    };
  }, [client]);
  return facets;
}
