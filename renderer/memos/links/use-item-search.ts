import { useEffect, useState } from 'react';
import type { FoundItem } from '../../../core/model/search.js';
import { useClient } from '../../app/client-context.js';

/** How long the typing pauses before the register is searched: each key press would otherwise be a request. */
const PAUSE_MS = 250;
const PAGE = 20;

export type ItemSearch =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'found'; items: readonly FoundItem[]; total: number }
  | { state: 'failed'; message: string };

/**
 * The register's moties and toezeggingen matching the words typed, as the register's list finds them
 * (`register.search`), after a pause in the typing. An answer to an older text never replaces a newer one.
 */
export function useItemSearch(text: string): ItemSearch {
  const client = useClient();
  const [result, setResult] = useState<ItemSearch>({ state: 'idle' });
  useEffect(() => {
    const words = text.trim();
    if (words === '') {
      setResult({ state: 'idle' });
      return undefined;
    }
    let current = true;
    setResult({ state: 'busy' });
    const timer = setTimeout(() => {
      void client.invoke('register.search', { text: words, limit: PAGE }).then((answer) => {
        if (!current) return;
        setResult(
          answer.ok
            ? { state: 'found', items: answer.value.items, total: answer.value.total }
            : { state: 'failed', message: answer.error.message },
        );
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, text]);
  return result;
}
