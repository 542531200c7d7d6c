import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, runCli } from './helpers/assets.js';

const WRITERS = 5;
const ROWS = 2_000;

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
});
