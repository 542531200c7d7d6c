import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../../../api/contract/api-error.js';
import type { MemoDocument } from '../../../core/model/memo-concept.js';
import { useClient } from '../../app/client-context.js';

/**
 * The versions of a memo as memo files (memos.export with the versie), each fetched once: a sent version does not
 * change, and the screen shows the versions of one moment.
 */
export function useVersionDocuments(id: number): {
  documents: ReadonlyMap<number, MemoDocument>;
  load: (versies: readonly number[]) => Promise<ApiError | undefined>;
} {
  const client = useClient();
  const cache = useRef(new Map<number, MemoDocument>());
  const [documents, setDocuments] = useState<ReadonlyMap<number, MemoDocument>>(new Map());
  const load = useCallback(
    async (versies: readonly number[]): Promise<ApiError | undefined> => {
      for (const versie of versies) {
        if (cache.current.has(versie)) continue;
        const exported = await client.invoke('memos.export', { id, versie });
        if (!exported.ok) return exported.error;
        cache.current.set(versie, exported.value.document);
      }
      setDocuments(new Map(cache.current));
      return undefined;
    },
    [client, id],
  );
  return { documents, load };
}
