import type { Database } from 'better-sqlite3';
import { readOnlyRegister } from './errors.js';
import { registerFileOf } from './register-file.js';

/**
 * Runs `work` in a write transaction, the only way this code base writes to the register (test/db-transactions.test.ts
 * keeps it so). It begins IMMEDIATE: the write lock is taken at the start, waiting up to the busy timeout while
 * another process writes. A deferred transaction would take it only at its first write, from a read snapshot; in WAL
 * mode, when another process committed since that snapshot, the upgrade fails at once with SQLITE_BUSY, which no
 * timeout can help. Inside another transaction it is a savepoint of that one.
 */
export function writeTransaction<T>(db: Database, work: () => T): T {
  // A register that cannot be written is opened read-only, or as a query-only copy in memory (see openRegister).
  if (!db.inTransaction && (db.readonly || db.pragma('query_only', { simple: true }) === 1)) {
    throw readOnlyRegister(registerFileOf(db));
  }
  return db.transaction(work).immediate();
}

/** Runs `work`, which only reads, in one transaction: every statement in it sees the same snapshot. */
export function readTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(work).deferred();
}
