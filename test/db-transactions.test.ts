import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister, type Register } from '../db/connection.js';
import { readTransaction, writeTransaction } from '../db/transaction.js';
import { makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';

const MIGRATIONS = join(ROOT, 'db', 'migrations');
const NOW = '2026-01-01T00:00:00.000Z';

let dir: string;
let file: string;
let db: Register;
beforeEach(async () => {
  dir = await makeTempDir();
  file = join(dir, 'register.sqlite');
  db = openRegister(file, MIGRATIONS, { create: true });
});
afterEach(async () => {
  db.close();
  await removeTempDir(dir);
});

/** A second connection that gives up at once when the register is locked, instead of waiting for it. */
function impatient(): Database.Database {
  const other = new Database(file);
  other.pragma('busy_timeout = 0');
  return other;
}

const addMotie = (on: Database.Database, nummer: string) =>
  on
    .prepare(
      `INSERT INTO moties (nummer, nummerreeks, titel, vergadering, created_at, updated_at)
       VALUES (?, '2026', 'Titel', 'Raad', ?, ?)`,
    )
    .run(nummer, NOW, NOW);

describe('write transactions', () => {
  it('hold the write lock from their start, before their first write', () => {
    const other = impatient();
    try {
      writeTransaction(db, () => {
        // Nothing written yet: a deferred transaction would hold no lock here, and the other write would pass.
        expect(() => addMotie(other, 'M-2')).toThrow(/locked|busy/i);
        addMotie(db, 'M-1');
      });
      expect(other.prepare('SELECT nummer FROM moties').pluck().all()).toEqual(['M-1']);
    } finally {
      other.close();
    }
  });

  it('leave the register to other writers during a read transaction', () => {
    const other = impatient();
    try {
      readTransaction(db, () => {
        db.prepare('SELECT count(*) FROM moties').get();
        addMotie(other, 'M-1');
      });
    } finally {
      other.close();
    }
    expect(db.prepare('SELECT nummer FROM moties').pluck().all()).toEqual(['M-1']);
  });

  it('wait up to the documented 30 s for another writer', () => {
    expect(db.pragma('busy_timeout', { simple: true })).toBe(30_000);
  });
});

/** Every source file of the code that opens the register. */
function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(ROOT, folder, name));
}

describe('the code', () => {
  it('begins every transaction through db/transaction.ts, so that no write transaction is deferred', () => {
    const helper = join(ROOT, 'db', 'transaction.ts');
    const found = ['db', 'services', 'cli']
      .flatMap(sources)
      .filter((path) => path !== helper)
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            /\.transaction\(|\bBEGIN\b/.test(line) ? [`${relative(ROOT, path)}:${i + 1}`] : [],
          ),
      );
    expect(found).toEqual([]);
  });
});
