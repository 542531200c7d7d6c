import type { MemoTypeList } from '../../core/model/memo-types.js';
import type { MemoTypes } from '../../templates/engine/memo-types.js';

/** The installation's memo types as `raadsnota types` and the editor's "Nieuwe …" list them: by name. */
export function memoTypeList(types: MemoTypes): MemoTypeList {
  return {
    types: Object.values(types.sets)
      .map((set) => set.manifest)
      .sort((a, b) => a.type.localeCompare(b.type)),
    geweigerd: types.refused.map(({ type, file, problems }) => ({
      type,
      bestand: file,
      problemen: problems,
    })),
  };
}
