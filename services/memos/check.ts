import type { Memo } from '../../core/model/memo.js';
import {
  analyzeSections,
  DEFAULT_CONFIG,
  type CompiledWordList,
  type ReadabilityConfig,
} from '../../readability/index.js';
import type { Manifest } from '../../core/model/manifest.js';
import { namesIn, titlesIn } from '../../core/model/memo-mentions.js';
import { sectionsToCheck } from './check-sections.js';

export interface CheckSettings {
  /** The manifest of the memo's type, for the section titles and their order. */
  manifest: Manifest;
  wordList: CompiledWordList;
  /** The thresholds; the defaults when not given. */
  drempels?: ReadabilityConfig | undefined;
}

/**
 * The B1 check of a memo, section by section in the order of the document, with the memo it is about and the
 * thresholds it was judged by (api/contract/memo-documents.ts, `MemoCheck`). Advice: a memo with findings is no error.
 */
export function checkMemo(memo: Memo, { manifest, wordList, drempels = DEFAULT_CONFIG }: CheckSettings) {
  const result = analyzeSections(sectionsToCheck(memo, manifest), {
    config: drempels,
    wordList,
    names: namesIn(memo, manifest),
    titles: titlesIn(memo),
  });
  return { nota: { type: memo.type, onderwerp: memo.onderwerp }, drempels, ...result };
}
