import type { Register } from '../connection.js';
import { writeTransaction } from '../transaction.js';
import { statement } from './statements.js';

/** A setting as stored (any JSON), or undefined when it was never set; the caller validates it. */
export function getSetting(db: Register, key: string): unknown {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row === undefined ? undefined : JSON.parse(row.value);
}

export function putSetting(db: Register, key: string, value: unknown): void {
  writeTransaction(db, () =>
    statement(
      db,
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(key, JSON.stringify(value)),
  );
}
