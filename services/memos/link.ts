import type { MemoLink, MemoLinkResult } from '../../core/model/memo-register.js';
import type { Register } from '../../db/connection.js';
import type { Change } from '../../db/repositories/change.js';
import { getMemo } from '../../db/repositories/memos.js';
import { linkItem, unlinkItem } from './store.js';

/** Links a motie or toezegging of the register, by its id, to the memo that answers it; refused once it is sent. */
export function linkMemoItem(db: Register, input: MemoLink, change: Change): MemoLinkResult {
  const veranderd = linkItem(db, input.id, { soort: input.soort, id: input.itemId }, change.op);
  return { nota: getMemo(db, input.id), veranderd };
}

/** Undoes a link; refused once the memo is sent. */
export function unlinkMemoItem(db: Register, input: MemoLink, change: Change): MemoLinkResult {
  const veranderd = unlinkItem(db, input.id, { soort: input.soort, id: input.itemId }, change.op);
  return { nota: getMemo(db, input.id), veranderd };
}
