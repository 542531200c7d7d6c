import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations.js';

/**
 * The register's `PRAGMA application_id`, in the database header (offset 68): "RAAD" in ASCII, 0x52414144. It says
 * that a SQLite file is a Raadsnota register (`file` reports it too) before anything of it is changed. Set by
 * migration 0004, so on every new register and on every older one at its next open.
 */
export const APPLICATION_ID = 0x52414144;

export type Identity = 'register' | 'empty' | 'foreign';

/**
 * What the database behind `db` is, found by reading only: a register (by its application id or, for a register
 * made before the id existed, by a migration history that begins with our first migration), an empty database
 * (a new file, or one without any table) or something else, which must be left as it is.
 */
export function identify(db: Database, migrations: readonly Migration[]): Identity {
  const id = db.pragma('application_id', { simple: true }) as number;
  if (id === APPLICATION_ID) return 'register';
  if (id !== 0) return 'foreign';
  const objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
  if (objects === 0) return 'empty';
  return firstMigrationName(db) === migrations[0]?.name ? 'register' : 'foreign';
}

function firstMigrationName(db: Database): string | undefined {
  try {
    return db.prepare('SELECT name FROM schema_migrations WHERE version = 1').pluck().get() as
      string | undefined;
  } catch {
    // No such table, or another program's table of that name with other columns.
    return undefined;
  }
}
