import { quote } from '../../core/errors.js';
import type { MemoUpdate, StoredMemo } from '../../core/model/memo-register.js';
import type { Register } from '../../db/connection.js';
import type { Change } from '../../db/repositories/change.js';
import { Conflict } from '../../db/repositories/errors.js';
import { getMemo } from '../../db/repositories/memos.js';
import { writeTransaction } from '../../db/transaction.js';
import { getStoredMemo } from './get.js';
import { saveMemo } from './store.js';

/**
 * Saves a memo's new content, if nobody changed the memo since the revisie the writer edited: otherwise the save is
 * a Conflict that names both revisions, so that two windows never overwrite each other's work unseen. The check and
 * the write are one transaction, so that no other save comes between them.
 */
export function updateMemo(db: Register, input: MemoUpdate, change: Change): StoredMemo {
  writeTransaction(db, () => {
    const record = getMemo(db, input.id);
    if (record.revisie !== input.revisie) {
      const naam = record.onderwerp === '' ? '' : ` ${quote(record.onderwerp)}`;
      throw new Conflict(
        `nota ${input.id}${naam} is intussen gewijzigd: u bewerkte revisie ${input.revisie}, het register heeft revisie ${record.revisie}; open de nota opnieuw en breng uw wijziging daarin aan`,
      );
    }
    saveMemo(db, input.id, input.nota, change);
  });
  return getStoredMemo(db, { id: input.id });
}
