import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../api/contract/api-error.js';
import type { MemoStatus } from '../../../core/model/memo.js';
import type { MemoPage } from '../../../core/model/memo-register.js';
import { useClient } from '../../app/client-context.js';

/** One screenful and more: a municipality writes some hundreds of memos a year, most found by searching. */
export const LIST_SIZE = 100;

export interface MemoList {
  page: MemoPage | undefined;
  error: ApiError | undefined;
  /** Whether the list still shows an earlier search's results. */
  busy: boolean;
  reload: () => void;
}

/**
 * The memos with a status and words, as the user types: an answer to an older search is dropped, so a slow answer
 * never replaces a newer one.
 */
export function useMemoList(status: MemoStatus | '', text: string): MemoList {
  const client = useClient();
  const generation = useRef(0);
  const [page, setPage] = useState<MemoPage>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(true);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    generation.current += 1;
    const mine = generation.current;
    setBusy(true);
    void client
      .invoke('memos.list', {
        ...(status !== '' && { status: [status] }),
        ...(text.trim() !== '' && { text }),
        limit: LIST_SIZE,
      })
      .then((result) => {
        if (mine !== generation.current) return;
        setBusy(false);
        if (!result.ok) {
          setError(result.error);
          return;
        }
        setError(undefined);
        setPage(result.value);
      });
  }, [client, status, text, reloads]);

  return {
    page,
    error,
    busy,
    reload: () => {
      setReloads((n) => n + 1);
    },
  };
}
