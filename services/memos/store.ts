import { ValidationError } from '../../core/errors.js';
import { MemoConcept } from '../../core/model/memo-concept.js';
import { MemoStatus } from '../../core/model/memo.js';
import type { MemoRecord } from '../../core/model/memo-register.js';
import type { Register } from '../../db/connection.js';
import { Change } from '../../db/repositories/change.js';
import { Conflict } from '../../db/repositories/errors.js';
import { addMemoLink, memoReferences, removeMemoLink } from '../../db/repositories/links.js';
import { indexMemoWords } from '../../db/repositories/memo-search.js';
import {
  createMemo,
  freezeMemoVersion,
  getMemo,
  readMemoVersion,
  setMemoStatus,
  storeMemoVersion,
  touchMemo,
  updateMemoRecord,
  type MemoVersion,
} from '../../db/repositories/memos.js';
import type { ItemRef } from '../../db/repositories/rows.js';
import { parseInput } from '../../db/repositories/validate.js';
import { writeTransaction } from '../../db/transaction.js';
import { memoTransitionIssue } from '../register/rules.js';
import { memoWords } from './words.js';

/**
 * The changes of a stored memo, each in one write transaction with its history row and its words in the search
 * index: the operations in this folder (create.ts, update.ts, …) are built on these.
 */

/** Stores a new memo (made here, or read from a file) with its words in the search index. */
export function storeNewMemo(
  db: Register,
  memo: unknown,
  change: Change,
  gebeurtenis: 'aangemaakt' | 'ingelezen',
): MemoRecord {
  const content = parseInput(MemoConcept, memo, 'nota');
  return writeTransaction(db, () => {
    const record = createMemo(db, content, change, gebeurtenis);
    indexMemoWords(db, record.id, memoWords(content));
    return record;
  });
}

/**
 * Saves new content for a memo. While its current version is not sent, the content replaces it; once sent, the
 * version is frozen and the content becomes the next version, a concept again (a step in the history), while the sent
 * one stays as it was.
 */
export function saveMemo(db: Register, memoId: number, memo: unknown, change: Change): MemoVersion {
  const content = parseInput(MemoConcept, memo, 'nota');
  const checked = parseInput(Change, change, 'wijziging');
  return writeTransaction(db, () => {
    const record = getMemo(db, memoId);
    const frozen = readMemoVersion(db, memoId, record.versie).bevroren;
    const versie = frozen ? record.versie + 1 : record.versie;
    storeMemoVersion(db, memoId, versie, content, checked.op);
    if (frozen) {
      setMemoStatus(db, memoId, 'concept', {
        ...checked,
        toelichting: `nieuwe inhoud na verzending: versie ${versie}`,
      });
    }
    updateMemoRecord(db, memoId, { versie, memo: content }, checked.op);
    indexMemoWords(db, memoId, memoWords(content));
    return readMemoVersion(db, memoId, versie);
  });
}

/** Moves a memo along its life (see memoTransitionIssue), kept in its history; sending it freezes its version. */
export function changeMemoStatus(
  db: Register,
  memoId: number,
  status: MemoStatus,
  change: Change,
): MemoRecord {
  const wanted = parseInput(MemoStatus, status, 'wijziging', ['status']);
  const checked = parseInput(Change, change, 'wijziging');
  return writeTransaction(db, () => {
    const record = getMemo(db, memoId);
    const refused = memoTransitionIssue(record.status, wanted);
    if (refused) throw new ValidationError([refused], 'wijziging');
    setMemoStatus(db, memoId, wanted, checked);
    // What the sent version answered is kept with it; a memo whose sentence cannot be written is not sent.
    if (wanted === 'verzonden') freezeMemoVersion(db, memoId, record.versie, memoReferences(db, memoId));
    return getMemo(db, memoId);
  });
}

/** What a sent memo answered is part of what was sent; the links stay as they were. */
function refuseWhenSent(db: Register, memoId: number): void {
  if (getMemo(db, memoId).status === 'verzonden') {
    throw new Conflict(`nota ${memoId} is verzonden; wat zij beantwoordt verandert niet meer`);
  }
}

/**
 * Records that the memo answers the motie or toezegging, so that its "kennis te nemen van" sentence names it; false
 * when the link was there already.
 */
export function linkItem(db: Register, memoId: number, ref: ItemRef, op: string): boolean {
  return writeTransaction(db, () => {
    refuseWhenSent(db, memoId);
    const added = addMemoLink(db, memoId, ref);
    if (added) touchMemo(db, memoId, op);
    return added;
  });
}

/** Removes a link; false when there was none. */
export function unlinkItem(db: Register, memoId: number, ref: ItemRef, op: string): boolean {
  return writeTransaction(db, () => {
    refuseWhenSent(db, memoId);
    const removed = removeMemoLink(db, memoId, ref);
    if (removed) touchMemo(db, memoId, op);
    return removed;
  });
}
