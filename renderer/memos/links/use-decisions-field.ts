import { useEffect, useState } from 'react';
import type { Veld } from '../../../core/model/fields.js';
import { useClient } from '../../app/client-context.js';

/**
 * The type's field of numbered decisions (a raadsvoorstel's `beslissingen`), from its manifest; undefined for a type
 * without one, or until the types are known.
 */
export function useDecisionsField(type: string): Veld | undefined {
  const client = useClient();
  const [veld, setVeld] = useState<Veld>();
  useEffect(() => {
    let current = true;
    void client.invoke('memos.types', {}).then((result) => {
      if (!current || !result.ok) return;
      const manifest = result.value.types.find((t) => t.type === type);
      setVeld(manifest?.velden.find((v) => v.soort === 'beslissingen'));
    });
    return () => {
      current = false;
    };
  }, [client, type]);
  return veld;
}
