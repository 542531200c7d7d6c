import type { MemoConcept } from '../../../../core/model/memo-concept.js';
import { namesIn, titlesIn, type MemoMentionSource } from '../../../../core/model/memo-mentions.js';
import type { MemoTypeFields } from '../../../../core/model/memo.js';
import type { B1Memo } from './protocol.js';

/** The register's items a stored memo answers, as far as the check reads them (StoredMemo's moties, toezeggingen). */
export interface B1References {
  moties: readonly { titel: string }[];
  toezeggingen: readonly { gedaanDoor?: string | undefined }[];
}

/**
 * The names and titles of a concept, with the moties and toezeggingen linked to it, as `raadsnota check` takes them
 * from the memo file (core/model/memo-mentions.ts): so that the editor and the CLI judge a memo alike.
 */
export function b1Inputs(
  concept: MemoConcept,
  manifest: Pick<MemoTypeFields, 'velden'>,
  references: B1References,
): Pick<B1Memo, 'names' | 'titles'> {
  const memo: MemoMentionSource = {
    ...concept,
    moties: references.moties,
    toezeggingen: references.toezeggingen,
  };
  return { names: namesIn(memo, manifest), titles: titlesIn(memo) };
}
