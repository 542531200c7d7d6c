import { ValidationError } from '../../core/errors.js';
import type { MemoReferences } from '../../core/model/memo-concept.js';
import type { ItemMemo } from '../../core/model/register-changes.js';
import type { ItemKind } from '../../core/model/register.js';
import type { Register } from '../connection.js';
import { getItem, type ItemOf } from './items.js';
import { getMemo } from './memos.js';
import { itemFromRow, TABLE, type ItemRef, type ItemRow } from './rows.js';
import { statement } from './statements.js';

const LINK = {
  motie: { table: 'memo_moties', column: 'motie_id' },
  toezegging: { table: 'memo_toezeggingen', column: 'toezegging_id' },
} as const satisfies Record<ItemKind, { table: string; column: string }>;

/** Records that the memo answers the item; linking twice is harmless. False when the link was there already. */
export function addMemoLink(db: Register, memoId: number, ref: ItemRef): boolean {
  getMemo(db, memoId);
  getItem(db, ref.soort, ref.id);
  const { table, column } = LINK[ref.soort];
  return (
    statement(db, `INSERT OR IGNORE INTO ${table} (memo_id, ${column}) VALUES (?, ?)`).run(memoId, ref.id)
      .changes > 0
  );
}

/** Removes the link; false when there was none. */
export function removeMemoLink(db: Register, memoId: number, ref: ItemRef): boolean {
  const { table, column } = LINK[ref.soort];
  return (
    statement(db, `DELETE FROM ${table} WHERE memo_id = ? AND ${column} = ?`).run(memoId, ref.id).changes > 0
  );
}

/** The items linked to a memo, in number order (M-9 before M-10 within a numbering): the order the sentence uses. */
export function linkedItems<K extends ItemKind>(db: Register, soort: K, memoId: number): ItemOf<K>[] {
  const { table, column } = LINK[soort];
  const rows = statement(
    db,
    `SELECT item.* FROM ${TABLE[soort]} AS item JOIN ${table} AS link ON link.${column} = item.id
     WHERE link.memo_id = ? ORDER BY item.nummerreeks, length(item.nummer), item.nummer`,
  ).all(memoId) as ItemRow[];
  return rows.map((row) => itemFromRow(soort, row) as ItemOf<K>);
}

/** The memos linked to an item, the newest first (by when each was made, then by id). */
export function itemMemos(db: Register, ref: ItemRef): ItemMemo[] {
  const { table, column } = LINK[ref.soort];
  return statement(
    db,
    `SELECT memo.id, memo.onderwerp, memo.type, memo.status, memo.versie
     FROM memos AS memo JOIN ${table} AS link ON link.memo_id = memo.id
     WHERE link.${column} = ? ORDER BY memo.created_at DESC, memo.id DESC`,
  ).all(ref.id) as ItemMemo[];
}

/**
 * The moties and toezeggingen the memo answers, as the memo model's references, so that the "kennis te nemen van"
 * sentence is written from the register. A linked motie without an adoption date cannot be named in it: that is an
 * error naming the motie, not a sentence with a gap.
 */
export function memoReferences(db: Register, memoId: number): MemoReferences {
  getMemo(db, memoId);
  const moties = linkedItems(db, 'motie', memoId);
  const undated = moties.filter((m) => m.datumAangenomen === undefined);
  if (undated.length > 0) {
    throw new ValidationError(
      undated.map((m) => ({
        path: 'moties',
        message: `motie ${m.nummer} ‘${m.titel}’ heeft in het register geen datum aangenomen; vul die in voordat de nota haar noemt`,
      })),
      'verwijzing',
    );
  }
  return {
    moties: moties.flatMap(({ nummer, titel, vergadering, datumAangenomen }) =>
      datumAangenomen === undefined ? [] : [{ nummer, titel, vergadering, datumAangenomen }],
    ),
    toezeggingen: linkedItems(db, 'toezegging', memoId).map((t) => ({
      nummer: t.nummer,
      omschrijving: t.omschrijving,
      gedaanOp: t.gedaanOp,
      vergadering: t.vergadering,
      ...(t.gedaanDoor !== undefined && { gedaanDoor: t.gedaanDoor }),
    })),
  };
}
