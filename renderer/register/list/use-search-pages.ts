import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../../api/contract/api-error.js';
import type { FoundItem, SearchQuery } from '../../../core/model/search.js';
import { useClient } from '../../app/client-context.js';

/**
 * Items per call: several screenfuls, and no more, since every keystroke waits for its first page (its items read
 * and sent as JSON); scrolling far fetches the pages it passes, each as quick.
 */
export const PAGE_SIZE = 50;

export type Filters = Omit<SearchQuery, 'limit' | 'offset'>;

export interface SearchPages {
  /** How many items the query finds; undefined until its first page has come. */
  total: number | undefined;
  /** The date the server judged "te laat" on, from its last answer. */
  peildatum: string | undefined;
  /** The item at a place in the list, or undefined while its page is on its way. */
  itemAt: (index: number) => FoundItem | undefined;
  /** Asks for the pages that hold places `from` to `to` (inclusive), those not yet here or on their way. */
  need: (from: number, to: number) => void;
  /** Why the last search failed, if it did. */
  error: ApiError | undefined;
  /** Whether the list still shows an earlier search's results, the latest one's first page being on its way. */
  busy: boolean;
}

interface Shown {
  generation: number;
  total: number;
  pages: ReadonlyMap<number, FoundItem[]>;
}

/**
 * A search's results as pages fetched when the list shows them, kept while the search stays the same. Each search
 * gets a generation: an answer to an older one (a keystroke ago) is dropped, so a slow answer never overwrites a
 * newer one, whatever order they arrive in. The previous results stay on screen until the new first page is here,
 * so the list does not flash empty at every keystroke.
 */
export function useSearchPages(filters: Filters): SearchPages {
  const client = useClient();
  const key = JSON.stringify(filters);
  // The filters by value: a new object with the same filters is the same search.
  const query: Filters = useMemo(() => JSON.parse(key) as Filters, [key]);
  const generation = useRef(0);
  const asked = useRef(new Set<number>());
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const [peildatum, setPeildatum] = useState<string | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  const fetchPage = useCallback(
    (page: number, mine: number) => {
      asked.current.add(page);
      void client
        .invoke('register.search', { ...query, limit: PAGE_SIZE, offset: page * PAGE_SIZE })
        .then((result) => {
          if (mine !== generation.current) return;
          if (!result.ok) {
            asked.current.delete(page);
            setError(result.error);
            return;
          }
          const { items, total, peildatum: on } = result.value;
          setError(undefined);
          setPeildatum(on);
          setShown((before) =>
            before?.generation === mine
              ? { ...before, total, pages: new Map(before.pages).set(page, items) }
              : { generation: mine, total, pages: new Map([[page, items]]) },
          );
        });
    },
    [client, query],
  );

  useEffect(() => {
    generation.current += 1;
    asked.current = new Set();
    fetchPage(0, generation.current);
  }, [fetchPage]);

  const current = shown?.generation === generation.current;
  const need = useCallback(
    (from: number, to: number) => {
      // Until the search's first page is here, the places belong to the previous search's list.
      if (!current) return;
      for (let page = Math.floor(from / PAGE_SIZE); page <= Math.floor(to / PAGE_SIZE); page++) {
        if (!asked.current.has(page)) fetchPage(page, generation.current);
      }
    },
    [current, fetchPage],
  );

  const itemAt = useCallback(
    (index: number) => shown?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [shown],
  );

  return { total: shown?.total, peildatum, itemAt, need, error, busy: !current };
}
