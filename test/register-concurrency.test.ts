import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../db/connection.js';
import { makeTempDir, removeTempDir, ROOT, runCli } from './helpers/assets.js';

const WRITERS = 5;
const ROWS = 2_000;
/** How long the other process holds its write: the old busy timeout (5 s), and 5 s for the import to start. */
const HOLD_MS = 10_000;

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

/** A list of moties numbered `M-<writer>-<row>`, so that every writer adds rows no other writer adds. */
async function motieList(writer: number): Promise<string> {
  const lines = ['Nummer;Titel;Vergadering;Datum aangenomen;Status'];
  for (let row = 1; row <= ROWS; row++) {
    lines.push(`M-${writer}-${row};Motie ${row} van lijst ${writer};Raad 2026;02-02-2026;open`);
  }
  const file = join(dir, `moties-${writer}.csv`);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

describe('concurrent writers', () => {
  it(
    `${WRITERS} imports started at once, each in its own process, all wait their turn and all succeed`,
    { timeout: 120_000 },
    async () => {
      const register = join(dir, 'register.sqlite');
      const files = await Promise.all(Array.from({ length: WRITERS }, (_, i) => motieList(i + 1)));
      // Also the first open: the writers race to create the register and migrate it.
      const results = await Promise.all(
        files.map((file) => runCli(['register', 'import', file, '--soort', 'motie', '--db', register])),
      );
      for (const result of results) {
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toContain(`Ingelezen: ${ROWS} toegevoegd`);
      }
      const db = new Database(register, { readonly: true });
      try {
        expect(db.prepare('SELECT count(*) FROM moties').pluck().get()).toBe(WRITERS * ROWS);
        expect(db.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
      } finally {
        db.close();
      }
    },
  );

  it(
    'an import started while another process writes waits for that write, and then succeeds',
    { timeout: 60_000 },
    async () => {
      const register = join(dir, 'register.sqlite');
      openRegister(register, join(ROOT, 'db', 'migrations'), { create: true }).close();
      // Another writer: it adds a motie in a transaction that it keeps open until told to commit.
      const holder = spawn(
        process.execPath,
        [
          '-e',
          `const Database = require(${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3'))});
         const db = new Database(process.argv[1]);
         db.prepare('BEGIN IMMEDIATE').run();
         db.prepare("INSERT INTO moties (nummer, nummerreeks, titel, vergadering, created_at, updated_at) VALUES ('A-1', '2026', 'Eerst', 'Raad', '2026-01-01', '2026-01-01')").run();
         process.stdout.write('locked\\n');
         process.stdin.once('data', () => { db.prepare('COMMIT').run(); db.close(); });`,
          register,
        ],
        { stdio: ['pipe', 'pipe', 'inherit'] },
      );
      await once(holder.stdout, 'data');
      const list = await motieList(1);
      const started = Date.now();
      const second = runCli(['register', 'import', list, '--soort', 'motie', '--db', register]);
      // Held for longer than a register that waits 5 s (the old busy timeout) would wait, plus the time a loaded
      // machine may take to start the import and reach its write: such a register fails this test.
      await sleep(HOLD_MS);
      holder.stdin.end('commit\n');
      await once(holder, 'exit');
      const result = await second;
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      // The import could only write after the commit: it waited, rather than finishing before the lock was taken.
      expect(Date.now() - started).toBeGreaterThanOrEqual(HOLD_MS);
      const db = new Database(register, { readonly: true });
      try {
        expect(db.prepare('SELECT count(*) FROM moties').pluck().get()).toBe(ROWS + 1);
      } finally {
        db.close();
      }
    },
  );
});
