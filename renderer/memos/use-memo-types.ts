import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/contract/api-error.js';
import type { MemoTypeList } from '../../core/model/memo-types.js';
import { useClient } from '../app/client-context.js';

export type LoadedTypes =
  { state: 'loading' } | { state: 'found'; list: MemoTypeList } | { state: 'failed'; error: ApiError };

/** The installation's memo types with their manifests (`memos.types`): those the beheerder adds as well. */
export function useMemoTypes(): LoadedTypes {
  const client = useClient();
  const [types, setTypes] = useState<LoadedTypes>({ state: 'loading' });
  useEffect(() => {
    void client.invoke('memos.types', {}).then((result) => {
      setTypes(result.ok ? { state: 'found', list: result.value } : { state: 'failed', error: result.error });
    });
  }, [client]);
  return types;
}
