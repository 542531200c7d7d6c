import { quote, ValidationError, type Issue } from '../../core/errors.js';
import { conceptOf } from '../../core/model/memo-concept.js';
import type { Memo } from '../../core/model/memo.js';
import type { ImportedReference, MemoImported } from '../../core/model/memo-register.js';
import type { ItemKind, RegisterItem } from '../../core/model/register.js';
import type { Register } from '../../db/connection.js';
import type { Change } from '../../db/repositories/change.js';
import { findItem, insertItem } from '../../db/repositories/items.js';
import { addMemoLink } from '../../db/repositories/links.js';
import { getMemo } from '../../db/repositories/memos.js';
import { TABLE, type ItemRow } from '../../db/repositories/rows.js';
import { itemFromRow } from '../../db/repositories/rows.js';
import { statement } from '../../db/repositories/statements.js';
import { writeTransaction } from '../../db/transaction.js';
import { append } from '../../core/lists.js';
import { readItemInput, under } from '../register/input.js';
import { readNummering, type Nummering } from '../register/numbering.js';
import { storeNewMemo } from './store.js';

/** A reference of the memo file, as the register item it stands for when the register does not have it yet. */
function asItem(memo: Memo, soort: ItemKind, index: number): Record<string, unknown> {
  if (soort === 'motie') {
    const { nummer, titel, vergadering, datumAangenomen } = memo.moties[index] ?? {};
    return { soort, nummer, titel, vergadering, datumAangenomen, status: 'open' };
  }
  const { nummer, omschrijving, gedaanOp, vergadering, gedaanDoor } = memo.toezeggingen[index] ?? {};
  return { soort, nummer, omschrijving, gedaanOp, vergadering, gedaanDoor, status: 'open' };
}

const LIST = { motie: 'moties', toezegging: 'toezeggingen' } as const;

/**
 * The register's item for one reference: the one with the same kind, number and meeting; else a new item made from
 * the reference, added as an import of the griffie's list would add it (status open, numbered as the setting says).
 * What cannot be settled goes to `issues`, named by the reference's place in the file (`moties[0]`).
 */
function resolve(
  db: Register,
  nummering: Nummering,
  raw: Record<string, unknown>,
  path: string,
  op: string,
  issues: Issue[],
): { item: RegisterItem; toegevoegd: boolean } | undefined {
  const soort = raw.soort as ItemKind;
  const nummer = String(raw.nummer);
  const vergadering = String(raw.vergadering);
  const rows = statement(db, `SELECT * FROM ${TABLE[soort]} WHERE nummer = ? AND vergadering = ?`).all(
    nummer,
    vergadering,
  ) as ItemRow[];
  const [only, ...more] = rows.map((row) => itemFromRow(soort, row));
  if (only && more.length === 0) return { item: only, toegevoegd: false };
  if (only) {
    const reeksen = [only, ...more].map((item) => item.nummerreeks).join(', ');
    issues.push({
      path,
      message: `het register heeft meer dan één ${soort} ${nummer} uit ${quote(vergadering)} (nummering ${reeksen}); lees de nota in zonder deze ${soort} en koppel de juiste daarna`,
    });
    return undefined;
  }
  const own: Issue[] = [];
  const next = readItemInput(nummering, raw, own);
  if (!next) {
    append(issues, under(path, own));
    return undefined;
  }
  const taken = findItem(db, soort, next.nummerreeks, nummer);
  if (taken) {
    issues.push({
      path,
      message: `het register heeft ${soort} ${nummer} (nummering ${next.nummerreeks}) uit ${quote(taken.vergadering)}, niet uit ${quote(vergadering)}; pas de nota of het register aan`,
    });
    return undefined;
  }
  return { item: insertItem(db, next, op), toegevoegd: true };
}

/**
 * Reads a memo file into the register, in one transaction: the memo as a concept (`ingelezen` in its history), and
 * each motie and toezegging it names linked to the register's item with the same number and meeting. One that the
 * register does not have yet is added to it, open, as an import of the griffie's list would, and the result says so
 * (`toegevoegd`): the memo's references are never dropped. One that cannot be settled (two items fit, or its number
 * is taken by another meeting's item) refuses the whole import, naming it (`moties[0]`).
 */
export function importMemo(db: Register, memo: Memo, change: Change): MemoImported {
  return writeTransaction(db, () => {
    const nummering = readNummering(db);
    const issues: Issue[] = [];
    const found: { item: RegisterItem; toegevoegd: boolean }[] = [];
    for (const soort of ['motie', 'toezegging'] as const) {
      memo[LIST[soort]].forEach((_, index) => {
        const path = `${LIST[soort]}[${index}]`;
        const resolved = resolve(db, nummering, asItem(memo, soort, index), path, change.op, issues);
        if (resolved) found.push(resolved);
      });
    }
    if (issues.length > 0) throw new ValidationError(issues, 'nota; er is niets ingelezen');
    const { id } = storeNewMemo(db, conceptOf(memo), change, 'ingelezen');
    // Part of the memo's making, not later changes: the new memo keeps revisie 1.
    for (const { item } of found) addMemoLink(db, id, { soort: item.soort, id: item.id });
    const verwijzingen: ImportedReference[] = found.map(({ item, toegevoegd }) => ({
      soort: item.soort,
      id: item.id,
      nummer: item.nummer,
      nummerreeks: item.nummerreeks,
      toegevoegd,
    }));
    return { nota: getMemo(db, id), verwijzingen };
  });
}
