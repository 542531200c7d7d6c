import type { Memo } from '../../core/model/memo.js';
import type { Register } from '../../db/connection.js';
import { memoReferences } from '../../db/repositories/links.js';
import { readMemoVersion } from '../../db/repositories/memos.js';
import { readTransaction } from '../../db/transaction.js';

/**
 * A stored memo as a document to render, validate or check: its current version (or `versie`), with the moties and
 * toezeggingen it answers taken from the register's links, so that they are never typed twice.
 */
export function storedDocument(db: Register, memoId: number, versie?: number): Memo {
  return readTransaction(db, () => ({
    ...readMemoVersion(db, memoId, versie).memo,
    ...memoReferences(db, memoId),
  }));
}
