import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../db/connection.js';
import { importItems } from '../services/register/import/store.js';
import { makeTempDir, removeTempDir, ROOT, type CliResult } from './helpers/assets.js';
import { reachable, unprivilegedCli } from './helpers/unprivileged.js';

const MIGRATIONS = join(ROOT, 'db', 'migrations');
const CHANGE = { door: 'test', op: '2026-01-01T00:00:00.000Z' };
const motie = (nummer: string) => ({
  soort: 'motie',
  nummer,
  titel: `Motie ${nummer} over het plantsoen`,
  vergadering: 'Raad 2026',
  datumAangenomen: '2026-01-01',
  status: 'open',
});

let dir: string;
/** The read-only folder: a CD, a share without write rights. */
let media: string;
/** A folder anyone may write to, for what a command writes elsewhere. */
let out: string;
let cli: (args: readonly string[]) => Promise<CliResult>;

beforeEach(async () => {
  dir = await makeTempDir();
  reachable(dir);
  media = join(dir, 'alleen-lezen');
  out = join(dir, 'uitvoer');
  mkdirSync(media);
  mkdirSync(out);
  chmodSync(out, 0o777);
  cli = await unprivilegedCli(dir);
});
afterEach(async () => {
  chmodSync(media, 0o755);
  await removeTempDir(dir);
});

/** Makes a register with moties M-1 to M-3 in `folder`, closed properly: no log beside it. */
function makeRegister(folder: string): string {
  const file = join(folder, 'register.sqlite');
  const db = openRegister(file, MIGRATIONS, { create: true });
  importItems(db, ['M-1', 'M-2', 'M-3'].map(motie), CHANGE);
  db.close();
  return file;
}

/** Puts the files in `media` out of reach of writers: the files 0444 and the folder 0555. */
function lock(): void {
  for (const name of readdirSync(media)) chmodSync(join(media, name), 0o444);
  chmodSync(media, 0o555);
}

const READ_ONLY = /het register .* staat op een plek waar niet geschreven kan worden/;

describe.skipIf(process.platform === 'win32')('a register on read-only media', () => {
  it('can be listed, reported and backed up, and an import is refused with the reason', async () => {
    const file = makeRegister(media);
    lock();
    const before = readFileSync(file);

    const list = await cli(['register', 'list', '--db', file]);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('3 gevonden.');

    const overview = await cli(['register', 'overview', '--out', join(out, 'stand.csv'), '--db', file]);
    expect(overview.code).toBe(0);
    const backup = await cli(['backup', '--out', join(out, 'reserve.sqlite'), '--db', file]);
    expect(backup.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['reserve.sqlite', 'stand.csv']);

    // A copy where the user without privileges can read it: the clone may lie in root's home.
    const moties = join(out, 'moties.csv');
    copyFileSync(join(ROOT, 'examples/import/moties.csv'), moties);
    const write = await cli(['register', 'import', moties, '--db', file]);
    expect(write.code).toBe(2);
    expect(write.stderr).toMatch(READ_ONLY);

    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(media)).toEqual(['register.sqlite']);
  });

  it('is read when an older version made it, brought up to date in memory only', async () => {
    const older = join(dir, 'migraties-0001-0003');
    mkdirSync(older);
    for (const name of readdirSync(MIGRATIONS).sort().slice(0, 3)) {
      copyFileSync(join(MIGRATIONS, name), join(older, name));
    }
    const file = join(media, 'register.sqlite');
    const db = openRegister(file, older, { create: true });
    importItems(db, ['M-1', 'M-2'].map(motie), CHANGE);
    db.close();
    lock();
    const before = readFileSync(file);

    const list = await cli(['register', 'list', '--db', file]);
    expect(list.stderr).toBe('');
    expect(list.stdout).toContain('2 gevonden.');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('is read together with the log a crash left beside it, when the log has its index', async () => {
    // A register copied while open: its last motie only in the log.
    const live = join(dir, 'live');
    mkdirSync(live);
    const file = makeRegister(live);
    const db = openRegister(file, MIGRATIONS, { create: false });
    db.pragma('wal_autocheckpoint = 0');
    importItems(db, [motie('M-4')], CHANGE);
    for (const suffix of ['', '-wal', '-shm'])
      copyFileSync(`${file}${suffix}`, join(media, `register.sqlite${suffix}`));
    db.close();
    lock();

    const list = await cli(['register', 'list', '--db', join(media, 'register.sqlite')]);
    expect(list.stderr).toBe('');
    expect(list.stdout).toContain('4 gevonden.');
  });

  it('says what to do when a crash left a log without its index', async () => {
    const live = join(dir, 'live');
    mkdirSync(live);
    const file = makeRegister(live);
    const db = openRegister(file, MIGRATIONS, { create: false });
    db.pragma('wal_autocheckpoint = 0');
    importItems(db, [motie('M-4')], CHANGE);
    for (const suffix of ['', '-wal'])
      copyFileSync(`${file}${suffix}`, join(media, `register.sqlite${suffix}`));
    db.close();
    rmSync(join(media, 'register.sqlite-shm'), { force: true });
    lock();

    const list = await cli(['register', 'list', '--db', join(media, 'register.sqlite')]);
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('niet netjes afgesloten');
  });
});

describe.skipIf(process.platform === 'win32')('a register in a folder the user may not enter', () => {
  it('is refused in Dutch, naming the register and the lack of access (exit 2), by a command that writes or reads', async () => {
    const closed = join(dir, 'geheim');
    mkdirSync(closed);
    const register = makeRegister(closed);
    const list = join(out, 'moties.csv');
    writeFileSync(list, 'Nummer;Titel;Vergadering;Status\nM-9;Motie over het plein;Raad 2026;open\n');
    chmodSync(list, 0o644);
    chmodSync(closed, 0o000);
    try {
      for (const args of [
        ['register', 'import', list, '--soort', 'motie'],
        ['register', 'list'],
      ]) {
        const result = await cli([...args, '--db', register]);
        expect(result.stderr).toContain(
          `het register "${register}" kan niet worden geopend: u hebt geen toegang`,
        );
        expect(result.code).toBe(2);
      }
    } finally {
      chmodSync(closed, 0o755);
    }
  });
});
