import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, ftruncateSync, fstatSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../db/connection.js';
import { explained, RegisterRefused } from '../db/errors.js';
import { makeTempDir, removeTempDir, ROOT, runCli } from './helpers/assets.js';

const MIGRATIONS = join(ROOT, 'db', 'migrations');
/** Words of SQLite's or Node's English messages that must not reach the user. */
const ENGLISH = /cannot|unable|directory|database|disk|error|denied|no such/i;

let dir: string;
let list: string;
beforeEach(async () => {
  dir = await makeTempDir();
  list = join(dir, 'moties.csv');
  const lines = ['Nummer;Titel;Vergadering;Datum aangenomen;Status'];
  for (let row = 1; row <= 2_000; row++)
    lines.push(`M-${row};Motie ${row} over het groen;Raad 2026;02-02-2026;open`);
  writeFileSync(list, `${lines.join('\n')}\n`);
});
afterEach(async () => {
  await removeTempDir(dir);
});

const importInto = (db: string) => runCli(['register', 'import', list, '--soort', 'motie', '--db', db]);

/** The message without the quoted path, whose own words may be anything. */
const withoutPath = (stderr: string, path: string) => stderr.replaceAll(path, '');

describe('a register that cannot be opened is refused in Dutch, naming the path given (exit 2)', () => {
  it('in a folder that does not exist', async () => {
    const db = join(dir, 'geen-map', 'r.sqlite');
    const result = await importInto(db);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(db);
    expect(result.stderr).toContain(`de map "${join(dir, 'geen-map')}" bestaat niet`);
    expect(withoutPath(result.stderr, db)).not.toMatch(ENGLISH);
  });

  it('that is a folder', async () => {
    const db = join(dir, 'map.sqlite');
    mkdirSync(db);
    const result = await importInto(db);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('dat is een map');
    expect(withoutPath(result.stderr, db)).not.toMatch(ENGLISH);
  });

  it('in a "folder" that is a file', async () => {
    const db = join(list, 'r.sqlite');
    const result = await importInto(db);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is geen map');
    expect(withoutPath(result.stderr, db)).not.toMatch(ENGLISH);
  });

  it('with a name too long for the file system', async () => {
    const db = join(dir, `${'r'.repeat(300)}.sqlite`);
    const result = await importInto(db);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('de naam is te lang');
    expect(result.stderr).not.toMatch(/ENAMETOOLONG|Onverwachte/);
  });

  it('in its usual place, when the folder for it cannot be made', async () => {
    const config = join(dir, 'config');
    writeFileSync(config, 'geen map\n');
    const result = await runCli(['register', 'import', list, '--soort', 'motie'], {
      env: { XDG_CONFIG_HOME: config, HOME: dir },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `het register "${join(config, 'Raadsnota', 'register.sqlite')}" kan niet`,
    );
    expect(result.stderr).toContain('is geen map');
  });

  it('that is no database at all', async () => {
    const db = join(dir, 'r.sqlite');
    writeFileSync(db, 'Dit is een brief, geen register.\n'.repeat(200));
    const result = await importInto(db);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is geen Raadsnota-register');
  });
});

describe('SQLite errors met while working on the register', () => {
  it.each([
    ['SQLITE_IOERR_WRITE', 'de schijf gaf een fout'],
    ['SQLITE_IOERR_FSYNC', 'de schijf gaf een fout'],
    ['SQLITE_FULL', 'is vol'],
    ['SQLITE_BUSY', 'bleef bezet'],
    ['SQLITE_CANTOPEN', 'kan niet worden geopend'],
    ['SQLITE_NOTADB', 'is geen Raadsnota-register'],
  ])('%s becomes a Dutch refusal that names the register', (code, words) => {
    const file = join(dir, 'register.sqlite');
    const error = explained(new Database.SqliteError('disk I/O error', code), file);
    expect(error).toBeInstanceOf(RegisterRefused);
    expect((error as Error).message).toContain(words);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).not.toContain('disk I/O error');
  });

  it('a full disk during an import: exit 2, a Dutch message with the way out, and the register unchanged', async (context) => {
    const disk = join(dir, 'schijf');
    mkdirSync(disk);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', disk], { encoding: 'utf8' });
    if (mounted.status !== 0) {
      console.warn(`SKIPPED: full disk test, mount of a small tmpfs failed: ${mounted.stderr.trim()}`);
      context.skip();
      return;
    }
    try {
      const db = join(disk, 'register.sqlite');
      openRegister(db, MIGRATIONS, { create: true }).close();
      fill(join(disk, 'vulsel'), 128 * 1024);
      const result = await importInto(db);
      expect(result.stderr).toContain(`de schijf waarop het register "${db}" staat is vol`);
      expect(result.stderr).toContain('Maak ruimte vrij');
      expect(result.code).toBe(2);
      const register = new Database(db, { readonly: true });
      try {
        expect(register.prepare('SELECT count(*) FROM moties').pluck().get()).toBe(0);
      } finally {
        register.close();
      }
    } finally {
      spawnSync('umount', ['-l', disk]);
    }
  });
});

/** Writes `file` until the disk is full, then frees `free` bytes of it. */
function fill(file: string, free: number): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  try {
    ftruncateSync(fd, Math.max(0, fstatSync(fd).size - free));
  } finally {
    closeSync(fd);
  }
}
