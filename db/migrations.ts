import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { RegisterRefused } from './errors.js';
import { readTransaction, writeTransaction } from './transaction.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/**
 * Where a register's migrations come from: a folder of numbered `.sql` files (the sources, the tests), or the list
 * itself (the CLI bundle and the packed app carry their migrations inside, see shipped-migrations.ts).
 */
export type MigrationSource = string | readonly Migration[];

export function migrationsFrom(source: MigrationSource): readonly Migration[] {
  return typeof source === 'string' ? loadMigrations(source) : source;
}

/** The migrations in a folder, numbered 0001, 0002, … without gaps; anything else there is a mistake. */
export function loadMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((file, index) => {
      const match = FILE.exec(file);
      if (!match) throw new Error(`migratie ${file} heeft geen naam als 0001-beschrijving.sql`);
      const version = Number(match[1]);
      if (version !== index + 1) throw new Error(`migratie ${file} zou nummer ${index + 1} moeten hebben`);
      return { version, name: match[2] ?? '', sql: readFileSync(join(dir, file), 'utf8') };
    });
  if (migrations.length === 0) throw new Error(`geen migraties in ${dir}`);
  return migrations;
}

interface Applied {
  version: number;
  name: string;
}

function appliedMigrations(db: Database): Applied[] {
  const exists =
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get() !==
    undefined;
  return exists
    ? (db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as Applied[])
    : [];
}

/** The migrations still to run; refuses a history that a newer version wrote or that is not a prefix of ours. */
function pendingMigrations(db: Database, migrations: readonly Migration[]): Migration[] {
  const latest = migrations.length;
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (userVersion > latest) {
    throw new RegisterRefused(
      `het register is van een nieuwere versie van Raadsnota (schema ${userVersion}, deze versie kent ${latest}); werk Raadsnota bij`,
    );
  }
  const applied = appliedMigrations(db);
  if (applied.length > latest) {
    throw new RegisterRefused(
      `het register is van een nieuwere versie van Raadsnota (${applied.length} migraties, deze versie kent ${latest}); werk Raadsnota bij`,
    );
  }
  applied.forEach((row, i) => {
    const known = migrations[i];
    if (!known || known.version !== row.version || known.name !== row.name) {
      throw new RegisterRefused(
        `het register heeft migratie ${row.version} (${row.name}), die deze versie van Raadsnota niet kent`,
      );
    }
  });
  return migrations.slice(applied.length);
}

/** The migrations a register still needs, found by reading only; refuses a register it cannot bring up to date. */
export function pendingFor(db: Database, migrations: readonly Migration[]): Migration[] {
  return readTransaction(db, () => pendingMigrations(db, migrations));
}

/**
 * Brings a database up to the newest migration. It refuses a database that a newer Raadsnota wrote (so that an older
 * one never damages it) and one whose applied migrations are not a prefix of the known ones. A register that is up to
 * date is only read, so that opening it never waits for a writer. Otherwise everything pending runs in one write
 * transaction, so a failed migration leaves the database as it was; inside it the history is read again, because
 * another process may have migrated the register while this one waited for the lock.
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  const latest = migrations.length;
  if (pendingFor(db, migrations).length === 0) return { from: latest, to: latest };
  // A migration may rebuild a table that others refer to (SQLite cannot drop a CHECK in place); with foreign keys on,
  // dropping the old table would cascade into the rows that refer to it. SQLite's own procedure: keys off outside the
  // transaction, then a full foreign_key_check before the commit.
  const keys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    return migrateWithoutKeys(db, migrations);
  } finally {
    db.pragma(`foreign_keys = ${keys}`);
  }
}

function migrateWithoutKeys(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  const latest = migrations.length;
  return writeTransaction(db, () => {
    const pending = pendingMigrations(db, migrations);
    const from = latest - pending.length;
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
    );
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (broken.length > 0) {
      const first = broken[0];
      throw new Error(
        `na de migraties verwijzen ${broken.length} rijen naar wat er niet is (eerst ${first?.table} naar ${first?.parent})`,
      );
    }
    db.pragma(`user_version = ${latest}`);
    return { from, to: latest };
  });
}
