import { ValidationError } from '../../core/errors.js';
import { Memo, MemoStatus } from '../../core/model/memo.js';
import type { Register } from '../../db/connection.js';
import { Moment } from '../../db/repositories/change.js';
import { Conflict } from '../../db/repositories/errors.js';
import { addMemoLink, removeMemoLink } from '../../db/repositories/links.js';
import {
  freezeMemoVersion,
  getMemo,
  readMemoVersion,
  setMemoStatus,
  storeMemoVersion,
  updateMemoRecord,
  type MemoRecord,
  type MemoVersion,
} from '../../db/repositories/memos.js';
import type { ItemRef } from '../../db/repositories/rows.js';
import { parseInput } from '../../db/repositories/validate.js';
import { writeTransaction } from '../../db/transaction.js';
import { memoTransitionIssue } from '../register/rules.js';

/**
 * Saves new content for a memo. While its current version is not sent, the content replaces it; once sent, the
 * version is frozen and the content becomes the next version, a concept again, while the sent one stays as it was.
 */
export function saveMemo(db: Register, memoId: number, memo: unknown, op: string): MemoVersion {
  const content = parseInput(Memo, memo, 'nota');
  const moment = parseInput(Moment, op, 'invoer', ['op']);
  return writeTransaction(db, () => {
    const record = getMemo(db, memoId);
    const frozen = readMemoVersion(db, memoId, record.versie).bevroren;
    const versie = frozen ? record.versie + 1 : record.versie;
    storeMemoVersion(db, memoId, versie, content, moment);
    updateMemoRecord(
      db,
      memoId,
      { versie, status: frozen ? 'concept' : record.status, memo: content },
      moment,
    );
    return readMemoVersion(db, memoId, versie);
  });
}

/** Moves a memo along its life (see memoTransitionIssue); sending it freezes its current version. */
export function changeMemoStatus(db: Register, memoId: number, status: MemoStatus, op: string): MemoRecord {
  const wanted = parseInput(MemoStatus, status, 'wijziging', ['status']);
  const moment = parseInput(Moment, op, 'invoer', ['op']);
  return writeTransaction(db, () => {
    const record = getMemo(db, memoId);
    const refused = memoTransitionIssue(record.status, wanted);
    if (refused) throw new ValidationError([refused], 'wijziging');
    setMemoStatus(db, memoId, wanted, moment);
    if (wanted === 'verzonden') freezeMemoVersion(db, memoId, record.versie);
    return getMemo(db, memoId);
  });
}

/** What a sent memo answered is part of what was sent; the links stay as they were. */
function refuseWhenSent(db: Register, memoId: number): void {
  if (getMemo(db, memoId).status === 'verzonden') {
    throw new Conflict(`nota ${memoId} is verzonden; wat zij beantwoordt verandert niet meer`);
  }
}

/** Records that the memo answers the motie or toezegging, so that its "kennis te nemen van" sentence names it. */
export function linkItem(db: Register, memoId: number, ref: ItemRef): void {
  writeTransaction(db, () => {
    refuseWhenSent(db, memoId);
    addMemoLink(db, memoId, ref);
  });
}

/** Removes a link; false when there was none. */
export function unlinkItem(db: Register, memoId: number, ref: ItemRef): boolean {
  return writeTransaction(db, () => {
    refuseWhenSent(db, memoId);
    return removeMemoLink(db, memoId, ref);
  });
}
