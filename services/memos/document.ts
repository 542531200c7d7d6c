import type { MemoDocument } from '../../core/model/memo-concept.js';
import type { Register } from '../../db/connection.js';
import { memoReferences } from '../../db/repositories/links.js';
import { readMemoVersion } from '../../db/repositories/memos.js';
import { readTransaction } from '../../db/transaction.js';

/**
 * A stored memo as a memo file's document: its current version (or `versie`), with the moties and toezeggingen it
 * answers taken from the register's links, so that they are never typed twice; a version that was sent names those
 * it answered then. A memo still being written may lack fields; this gives it as it is.
 */
export function memoDocument(db: Register, memoId: number, versie?: number): MemoDocument {
  return readTransaction(db, () => {
    const version = readMemoVersion(db, memoId, versie);
    return { ...version.memo, ...(version.verwijzingen ?? memoReferences(db, memoId)) };
  });
}
