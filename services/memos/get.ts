import type { MemoRef, StoredMemo } from '../../core/model/memo-register.js';
import type { Register } from '../../db/connection.js';
import { linkedItems } from '../../db/repositories/links.js';
import { getMemo, memoHistory, readMemoVersion } from '../../db/repositories/memos.js';
import { readTransaction } from '../../db/transaction.js';

/** A stored memo whole, from one snapshot: record, current content, the items it answers (with their ids), history. */
export function getStoredMemo(db: Register, { id }: MemoRef): StoredMemo {
  return readTransaction(db, () => ({
    nota: getMemo(db, id),
    document: readMemoVersion(db, id).memo,
    moties: linkedItems(db, 'motie', id),
    toezeggingen: linkedItems(db, 'toezegging', id),
    historie: memoHistory(db, id),
  }));
}
