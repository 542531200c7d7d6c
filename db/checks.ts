import type { Database } from 'better-sqlite3';
import { isDamage } from './errors.js';
import { readTransaction } from './transaction.js';

/**
 * What SQLite's check finds wrong; empty when all is well. `integrity_check` compares every index and the search
 * index with their tables; `quick_check` reads every page and checks the structure of every table and index, but not
 * whether an index agrees with its table: a fraction of the time, cheap enough to run before a backup and at an open
 * after an unclean shutdown.
 *
 * FTS5 keeps its own copy of the search index's structure per connection, renewed only when a query reads the index,
 * and checks the index against that copy: after another process's write it reports a checksum mismatch that is not
 * there. Reading each search index first, in the check's transaction, renews the copy.
 */
export function checkProblems(db: Database, check: 'quick_check' | 'integrity_check'): string[] {
  try {
    return readTransaction(db, () => problemsFound(db, check));
  } catch (error) {
    // Damage bad enough that the check cannot read on stops it: that too is what it found.
    if (isDamage(error)) return [error.message];
    throw error;
  }
}

function problemsFound(db: Database, check: 'quick_check' | 'integrity_check'): string[] {
  const searchIndexes = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")
    .pluck()
    .all() as string[];
  for (const name of searchIndexes) db.prepare(`SELECT 1 FROM "${name.replaceAll('"', '""')}" LIMIT 1`).get();
  const found = db.prepare(`PRAGMA ${check}`).pluck().all() as string[];
  return found.length === 1 && found[0] === 'ok' ? [] : found;
}
