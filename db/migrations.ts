import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { RegisterRefused } from './errors.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE = /^(\d{4})-([a-z0-9-]+)\.sql$/;

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

/**
 * Brings a database up to the newest migration. It refuses a database that a newer Raadsnota wrote (so that an older
 * one never damages it) and one whose applied migrations are not a prefix of the known ones; everything pending runs
 * in one transaction, so a failed migration leaves the database as it was.
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  const latest = migrations.length;
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (userVersion > latest) {
    throw new RegisterRefused(
      `het register is van een nieuwere versie van Raadsnota (schema ${userVersion}, deze versie kent ${latest}); werk Raadsnota bij`,
    );
  }
  return db.transaction(() => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT',
    );
    const applied = db
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all() as Applied[];
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
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of migrations.slice(applied.length)) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    db.pragma(`user_version = ${latest}`);
    return { from: applied.length, to: latest };
  })();
}
