import { Memo, type MemoStatus, type MemoType } from '../../core/model/memo.js';
import type { Register } from '../connection.js';
import { readTransaction, writeTransaction } from '../transaction.js';
import { Moment } from './change.js';
import { Conflict, NotFound } from './errors.js';
import { statement } from './statements.js';
import { parseInput } from './validate.js';

export interface MemoRecord {
  id: number;
  type: MemoType;
  onderwerp: string;
  kenmerk?: string;
  status: MemoStatus;
  /** The current version. */
  versie: number;
  createdAt: string;
  updatedAt: string;
}

export interface MemoVersion {
  memoId: number;
  versie: number;
  /** A version that was sent; it never changes again. */
  bevroren: boolean;
  createdAt: string;
  memo: Memo;
}

interface MemoRow {
  id: number;
  type: MemoType;
  onderwerp: string;
  kenmerk: string | null;
  status: MemoStatus;
  versie: number;
  created_at: string;
  updated_at: string;
}

interface VersionRow {
  memo_id: number;
  versie: number;
  inhoud: string;
  bevroren: 0 | 1;
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

/** Stores a new memo as a concept, its content as version 1. */
export function createMemo(db: Register, memo: unknown, op: string): MemoRecord {
  const content = parseInput(Memo, memo, 'nota');
  const moment = parseInput(Moment, op, 'invoer', ['op']);
  return writeTransaction(db, () => {
    const { lastInsertRowid } = statement(
      db,
      'INSERT INTO memos (type, onderwerp, kenmerk, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    ).run(content.type, content.onderwerp, content.kenmerk, moment, moment);
    const id = Number(lastInsertRowid);
    storeMemoVersion(db, id, 1, content, moment);
    return getMemo(db, id);
  });
}

export function getMemo(db: Register, id: number): MemoRecord {
  const row = statement(db, 'SELECT * FROM memos WHERE id = ?').get(id) as MemoRow | undefined;
  if (!row) throw new NotFound(`er staat geen nota met id ${id} in het register`);
  return {
    id: row.id,
    type: row.type,
    onderwerp: row.onderwerp,
    ...(row.kenmerk !== null && { kenmerk: row.kenmerk }),
    status: row.status,
    versie: row.versie,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A version of a memo's content, the current one when `versie` is not given. */
export function readMemoVersion(db: Register, memoId: number, versie?: number): MemoVersion {
  const wanted = versie ?? getMemo(db, memoId).versie;
  const row = statement(db, 'SELECT * FROM memo_versies WHERE memo_id = ? AND versie = ?').get(
    memoId,
    wanted,
  ) as VersionRow | undefined;
  if (!row) throw new NotFound(`nota ${memoId} heeft geen versie ${wanted}`);
  const parsed = Memo.safeParse(JSON.parse(row.inhoud));
  if (!parsed.success) throw new Error(`versie ${wanted} van nota ${memoId} is in het register beschadigd`);
  return {
    memoId: row.memo_id,
    versie: row.versie,
    bevroren: row.bevroren === 1,
    createdAt: row.created_at,
    memo: parsed.data,
  };
}

/**
 * Writes a version's content: a new version, or over the same version while it is not frozen. A frozen version is
 * never written over, whoever calls; that saving a sent memo starts a new version is services/register's rule.
 */
export function storeMemoVersion(db: Register, memoId: number, versie: number, memo: Memo, op: string): void {
  const { changes } = statement(
    db,
    `INSERT INTO memo_versies (memo_id, versie, inhoud, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (memo_id, versie) DO UPDATE SET inhoud = excluded.inhoud WHERE bevroren = 0`,
  ).run(memoId, versie, JSON.stringify(memo), op);
  if (changes === 0)
    throw new Conflict(`versie ${versie} van nota ${memoId} is verzonden en verandert niet meer`);
}

/** The memo's row follows its current version: subject, kenmerk and type come from the content. */
export function updateMemoRecord(
  db: Register,
  id: number,
  fields: { versie: number; status: MemoStatus; memo: Memo },
  op: string,
): void {
  statement(
    db,
    `UPDATE memos SET type = ?, onderwerp = ?, kenmerk = ?, status = ?, versie = ?, updated_at = ? WHERE id = ?`,
  ).run(fields.memo.type, fields.memo.onderwerp, fields.memo.kenmerk, fields.status, fields.versie, op, id);
}

export function freezeMemoVersion(db: Register, memoId: number, versie: number): void {
  statement(db, 'UPDATE memo_versies SET bevroren = 1 WHERE memo_id = ? AND versie = ?').run(memoId, versie);
}

export function setMemoStatus(db: Register, id: number, status: MemoStatus, op: string): void {
  statement(db, 'UPDATE memos SET status = ?, updated_at = ? WHERE id = ?').run(status, op, id);
}
