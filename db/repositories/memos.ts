import { MemoConcept, MemoReferences } from '../../core/model/memo-concept.js';
import type { MemoStatus, MemoType } from '../../core/model/memo.js';
import type { MemoHistoryEntry, MemoRecord } from '../../core/model/memo-register.js';
import type { Register } from '../connection.js';
import { readTransaction, writeTransaction } from '../transaction.js';
import { Change } from './change.js';
import { Conflict, NotFound } from './errors.js';
import { statement } from './statements.js';
import { parseInput } from './validate.js';

export type { MemoRecord };

export interface MemoVersion {
  memoId: number;
  versie: number;
  /** A version that was sent; it never changes again. */
  bevroren: boolean;
  createdAt: string;
  /** The content as stored: without moties and toezeggingen, which are links (links.ts). */
  memo: MemoConcept;
  /** For a version that was sent: the moties and toezeggingen it answered then. */
  verwijzingen?: MemoReferences;
}

export interface MemoRow {
  id: number;
  type: MemoType;
  onderwerp: string;
  kenmerk: string | null;
  status: MemoStatus;
  versie: number;
  revisie: number;
  created_at: string;
  updated_at: string;
}

interface VersionRow {
  memo_id: number;
  versie: number;
  inhoud: string;
  bevroren: 0 | 1;
  verwijzingen: string | null;
  created_at: string;
}

/** Every kenmerk given to a memo, from which the huisstijl's pattern proposes the next one. */
export function memoKenmerken(db: Register): string[] {
  return readTransaction(db, () =>
    (statement(db, 'SELECT kenmerk FROM memos WHERE kenmerk IS NOT NULL').all() as { kenmerk: string }[]).map(
      (row) => row.kenmerk,
    ),
  );
}

export function memoExists(db: Register, id: number): boolean {
  return statement(db, 'SELECT 1 FROM memos WHERE id = ?').get(id) !== undefined;
}

export function recordFromRow(row: MemoRow): MemoRecord {
  return {
    id: row.id,
    type: row.type,
    onderwerp: row.onderwerp,
    ...(row.kenmerk !== null && { kenmerk: row.kenmerk }),
    status: row.status,
    versie: row.versie,
    revisie: row.revisie,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Stores a new memo as a concept, its content as version 1, with the history row that says who made it and how:
 * made in Raadsnota (`aangemaakt`) or read from a memo file (`ingelezen`).
 */
export function createMemo(
  db: Register,
  memo: unknown,
  change: Change,
  gebeurtenis: 'aangemaakt' | 'ingelezen' = 'aangemaakt',
): MemoRecord {
  const content = parseInput(MemoConcept, memo, 'nota');
  const checked = parseInput(Change, change, 'wijziging');
  return writeTransaction(db, () => {
    const { lastInsertRowid } = statement(
      db,
      'INSERT INTO memos (type, onderwerp, kenmerk, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    ).run(content.type, content.onderwerp ?? '', content.kenmerk ?? null, checked.op, checked.op);
    const id = Number(lastInsertRowid);
    storeMemoVersion(db, id, 1, content, checked.op);
    recordMemoHistory(db, id, { gebeurtenis, nieuw: 'concept', versie: 1 }, checked);
    return getMemo(db, id);
  });
}

export function getMemo(db: Register, id: number): MemoRecord {
  const row = statement(db, 'SELECT * FROM memos WHERE id = ?').get(id) as MemoRow | undefined;
  if (!row) throw new NotFound(`er staat geen nota met id ${id} in het register`);
  return recordFromRow(row);
}

/** A version of a memo's content, the current one when `versie` is not given. */
export function readMemoVersion(db: Register, memoId: number, versie?: number): MemoVersion {
  const wanted = versie ?? getMemo(db, memoId).versie;
  const row = statement(db, 'SELECT * FROM memo_versies WHERE memo_id = ? AND versie = ?').get(
    memoId,
    wanted,
  ) as VersionRow | undefined;
  if (!row) throw new NotFound(`nota ${memoId} heeft geen versie ${wanted}`);
  const parsed = MemoConcept.safeParse(JSON.parse(row.inhoud));
  const sent = row.verwijzingen === null ? undefined : MemoReferences.safeParse(JSON.parse(row.verwijzingen));
  if (!parsed.success || sent?.success === false) {
    throw new Error(`versie ${wanted} van nota ${memoId} is in het register beschadigd`);
  }
  return {
    memoId: row.memo_id,
    versie: row.versie,
    bevroren: row.bevroren === 1,
    createdAt: row.created_at,
    memo: parsed.data,
    ...(sent && { verwijzingen: sent.data }),
  };
}

/**
 * Writes a version's content: a new version, or over the same version while it is not frozen. A frozen version is
 * never written over, whoever calls; that saving a sent memo starts a new version is services/memos' rule.
 */
export function storeMemoVersion(
  db: Register,
  memoId: number,
  versie: number,
  memo: MemoConcept,
  op: string,
): void {
  const { changes } = statement(
    db,
    `INSERT INTO memo_versies (memo_id, versie, inhoud, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (memo_id, versie) DO UPDATE SET inhoud = excluded.inhoud WHERE bevroren = 0`,
  ).run(memoId, versie, JSON.stringify(memo), op);
  if (changes === 0)
    throw new Conflict(`versie ${versie} van nota ${memoId} is verzonden en verandert niet meer`);
}

/** The memo's row follows its current version (subject, kenmerk and type come from the content); a new revisie. */
export function updateMemoRecord(
  db: Register,
  id: number,
  fields: { versie: number; memo: MemoConcept },
  op: string,
): void {
  statement(
    db,
    `UPDATE memos SET type = ?, onderwerp = ?, kenmerk = ?, versie = ?, revisie = revisie + 1, updated_at = ?
     WHERE id = ?`,
  ).run(fields.memo.type, fields.memo.onderwerp ?? '', fields.memo.kenmerk ?? null, fields.versie, op, id);
}

/** Freezes a version that is sent, with the references it answered, which its links may no longer say later. */
export function freezeMemoVersion(
  db: Register,
  memoId: number,
  versie: number,
  verwijzingen: MemoReferences,
): void {
  statement(
    db,
    'UPDATE memo_versies SET bevroren = 1, verwijzingen = ? WHERE memo_id = ? AND versie = ?',
  ).run(JSON.stringify(verwijzingen), memoId, versie);
}

/**
 * The one code that changes a memo's status: the step goes into the history with who and when, in the same
 * transaction, so that no step escapes it.
 */
export function setMemoStatus(db: Register, id: number, status: MemoStatus, change: Change): void {
  const before = getMemo(db, id);
  statement(db, 'UPDATE memos SET status = ?, revisie = revisie + 1, updated_at = ? WHERE id = ?').run(
    status,
    change.op,
    id,
  );
  recordMemoHistory(
    db,
    id,
    { gebeurtenis: 'status', oud: before.status, nieuw: status, versie: before.versie },
    change,
  );
}

/** A change beside the content (a link made or undone) is a change of the memo too: a new revisie. */
export function touchMemo(db: Register, id: number, op: string): void {
  statement(db, 'UPDATE memos SET revisie = revisie + 1, updated_at = ? WHERE id = ?').run(op, id);
}

function recordMemoHistory(
  db: Register,
  memoId: number,
  step: Pick<MemoHistoryEntry, 'gebeurtenis' | 'oud' | 'nieuw' | 'versie'>,
  change: Change,
): void {
  statement(
    db,
    `INSERT INTO memo_historie (memo_id, gebeurtenis, oud, nieuw, versie, toelichting, door, op)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    memoId,
    step.gebeurtenis,
    step.oud ?? null,
    step.nieuw,
    step.versie,
    change.toelichting ?? null,
    change.door,
    change.op,
  );
}

interface HistoryRow {
  gebeurtenis: MemoHistoryEntry['gebeurtenis'];
  oud: MemoStatus | null;
  nieuw: MemoStatus;
  versie: number;
  toelichting: string | null;
  door: string;
  op: string;
}

/** A memo's history, oldest first. */
export function memoHistory(db: Register, memoId: number): MemoHistoryEntry[] {
  const rows = statement(
    db,
    `SELECT gebeurtenis, oud, nieuw, versie, toelichting, door, op FROM memo_historie
     WHERE memo_id = ? ORDER BY id`,
  ).all(memoId) as HistoryRow[];
  return rows.map((row) => ({
    gebeurtenis: row.gebeurtenis,
    ...(row.oud !== null && { oud: row.oud }),
    nieuw: row.nieuw,
    versie: row.versie,
    ...(row.toelichting !== null && { toelichting: row.toelichting }),
    door: row.door,
    op: row.op,
  }));
}
