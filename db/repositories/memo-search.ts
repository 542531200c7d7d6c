import type { MemoStatus } from '../../core/model/memo.js';
import type { MemoRecord } from '../../core/model/memo-register.js';
import type { Register } from '../connection.js';
import { recordFromRow, type MemoRow } from './memos.js';
import { statement } from './statements.js';

/** The words of a memo's current version that a search finds it by; the caller takes the markup out. */
export interface MemoWords {
  onderwerp: string;
  kenmerk: string;
  portefeuillehouder: string;
  tekst: string;
}

/** Puts the memo's current words in the search index (migration 0005), in the caller's write transaction. */
export function indexMemoWords(db: Register, memoId: number, words: MemoWords): void {
  statement(db, 'DELETE FROM memo_zoekindex WHERE rowid = ?').run(memoId);
  statement(
    db,
    'INSERT INTO memo_zoekindex (rowid, onderwerp, kenmerk, portefeuillehouder, tekst) VALUES (?, ?, ?, ?, ?)',
  ).run(memoId, words.onderwerp, words.kenmerk, words.portefeuillehouder, words.tekst);
}

export interface MemoSearch {
  /** An FTS5 expression that cannot be a syntax error (services/register/match.ts). */
  match?: string;
  statuses?: readonly MemoStatus[];
  limit: number;
  offset: number;
}

/** One page of memos that match, the latest change first, and how many match in all. */
export function findMemos(db: Register, search: MemoSearch): { items: MemoRecord[]; total: number } {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: search.limit, offset: search.offset };
  if (search.match !== undefined) {
    where.push('id IN (SELECT rowid FROM memo_zoekindex WHERE memo_zoekindex MATCH @match)');
    params.match = search.match;
  }
  if (search.statuses) {
    where.push(`status IN (${search.statuses.map((_, i) => `@status${i}`).join(', ')})`);
    search.statuses.forEach((status, i) => (params[`status${i}`] = status));
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const { total } = statement(db, `SELECT count(*) AS total FROM memos ${filter}`).get(params) as {
    total: number;
  };
  const rows = statement(
    db,
    `SELECT * FROM memos ${filter} ORDER BY updated_at DESC, id DESC LIMIT @limit OFFSET @offset`,
  ).all(params) as MemoRow[];
  return { items: rows.map(recordFromRow), total };
}
