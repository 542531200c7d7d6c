import { ValidationError } from '../../core/errors.js';
import type { MemoSettled, SettledItem } from '../../core/model/memo-editing.js';
import type { MemoRef } from '../../core/model/memo-register.js';
import type { RegisterItem } from '../../core/model/register.js';
import type { Register } from '../../db/connection.js';
import type { Change } from '../../db/repositories/change.js';
import { Conflict } from '../../db/repositories/errors.js';
import { linkedItems } from '../../db/repositories/links.js';
import { getMemo, readMemoVersion } from '../../db/repositories/memos.js';
import { writeTransaction } from '../../db/transaction.js';
import { changeStatus } from '../register/items.js';
import { transitionIssue } from '../register/rules.js';

/**
 * Settles what a sent memo answers: each linked motie and toezegging not yet afgedaan becomes afgedaan through the
 * register's rules (services/register/rules.ts), with the memo as its afdoening and the memo's datum, in one
 * transaction: an item the rules refuse (a motie that was verworpen) refuses them all, naming it. One already
 * afgedaan stays as it is (`veranderd: false`), so asking twice changes nothing the second time.
 */
export function settleItems(db: Register, { id }: MemoRef, change: Change): MemoSettled {
  return writeTransaction(db, () => {
    const memo = getMemo(db, id);
    if (memo.status !== 'verzonden') {
      throw new Conflict(
        `nota ${id} is nog niet verzonden (status ${memo.status}); de moties en toezeggingen die zij beantwoordt, worden afgedaan als zij verzonden is`,
      );
    }
    const datum = readMemoVersion(db, id).memo.datum;
    if (datum === undefined) {
      throw new ValidationError(
        [{ path: 'id', message: `nota ${id} heeft geen datum, en afdoen gaat met de datum van de nota` }],
        'invoer',
      );
    }
    const items: RegisterItem[] = [...linkedItems(db, 'motie', id), ...linkedItems(db, 'toezegging', id)];
    // Every item the rules refuse is named at once, before anything changes.
    const refused = items
      .filter((item) => item.status !== 'afgedaan')
      .map((item) => transitionIssue(item, 'afgedaan'))
      .filter((issue) => issue !== undefined)
      .map((issue) => ({ path: 'id', message: issue.message }));
    if (refused.length > 0) throw new ValidationError(refused, 'afdoening');
    return {
      items: items.map((item): SettledItem => {
        const settled =
          item.status === 'afgedaan'
            ? item
            : changeStatus(
                db,
                { soort: item.soort, id: item.id },
                { status: 'afgedaan', afdoening: { datum, memoId: id } },
                { ...change, toelichting: `afgedaan met nota ${memo.kenmerk ?? id}` },
              );
        return {
          soort: item.soort,
          id: item.id,
          nummer: item.nummer,
          status: settled.status,
          veranderd: item.status !== 'afgedaan',
        };
      }),
    };
  });
}
