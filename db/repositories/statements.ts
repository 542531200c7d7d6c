import type { Statement } from 'better-sqlite3';
import type { Register } from '../connection.js';

const cache = new WeakMap<Register, Map<string, Statement>>();

/** A prepared statement, compiled once per connection, not once for each of an import's 100,000 items. */
export function statement(db: Register, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
