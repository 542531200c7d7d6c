import type { HistoryEntry, HistoryField } from '../../core/model/history.js';
import type { Register } from '../connection.js';
import type { Change } from './change.js';
import type { ItemRef } from './rows.js';
import { statement } from './statements.js';

export type { HistoryEntry, HistoryField } from '../../core/model/history.js';

/** Called by the only code that writes status and termijn (items.ts), inside the transaction of the change. */
export function recordHistory(
  db: Register,
  ref: ItemRef,
  veld: HistoryField,
  oud: string | undefined,
  nieuw: string | undefined,
  change: Change,
): void {
  statement(
    db,
    `INSERT INTO historie (soort, item_id, veld, oud, nieuw, toelichting, door, op)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    ref.soort,
    ref.id,
    veld,
    oud ?? null,
    nieuw ?? null,
    change.toelichting ?? null,
    change.door,
    change.op,
  );
}

interface HistoryRow {
  veld: HistoryField;
  oud: string | null;
  nieuw: string | null;
  toelichting: string | null;
  door: string;
  op: string;
}

/** An item's history, oldest first. */
export function itemHistory(db: Register, ref: ItemRef): HistoryEntry[] {
  const rows = statement(
    db,
    'SELECT veld, oud, nieuw, toelichting, door, op FROM historie WHERE soort = ? AND item_id = ? ORDER BY id',
  ).all(ref.soort, ref.id) as HistoryRow[];
  return rows.map((row) => ({
    veld: row.veld,
    ...(row.oud !== null && { oud: row.oud }),
    ...(row.nieuw !== null && { nieuw: row.nieuw }),
    ...(row.toelichting !== null && { toelichting: row.toelichting }),
    door: row.door,
    op: row.op,
  }));
}
