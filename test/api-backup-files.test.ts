import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bestand } from '../api/contract/bestand.js';
import type { Context } from '../api/context.js';
import { shippedMigrations } from '../db/shipped-migrations.js';
import { call, refusal, testContext } from './helpers/api.js';
import { makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';

let dir: string;
let ctx: Context;
/** The system's temporary folder for this test alone, so that what the operations leave in it can be seen. */
let temp: string;
let savedTmpdir: string | undefined;

beforeEach(async () => {
  dir = await makeTempDir();
  temp = join(dir, 'tmp');
  await mkdir(temp);
  savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = temp;
  ctx = testContext(dir);
  const bytes = await readFile(join(ROOT, 'examples', 'import', 'moties.csv'));
  await call(ctx, 'register.import', {
    bestand: { naam: 'moties.csv', mediatype: 'text/csv', base64: bytes.toString('base64') },
  });
});

afterEach(async () => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
  ctx.db.close();
  await removeTempDir(dir);
});

async function total(on: Context = ctx): Promise<number> {
  return (await call(on, 'register.search', {})).total;
}

const LATEST = shippedMigrations().length;

function upload(naam: string, bytes: Uint8Array): { bestand: Bestand } {
  return {
    bestand: { naam, mediatype: 'application/vnd.sqlite3', base64: Buffer.from(bytes).toString('base64') },
  };
}

describe('backup.download and backup.upload', () => {
  it('downloads a backup named by today and uploads it back over later changes, leaving no temporary file', async () => {
    const bestand = await call(ctx, 'backup.download', {});
    expect(bestand.naam).toBe('raadsnota-reservekopie-2026-12-06.sqlite');
    expect(bestand.mediatype).toBe('application/vnd.sqlite3');
    const bytes = Buffer.from(bestand.base64, 'base64');
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');

    await call(ctx, 'register.add', {
      soort: 'motie',
      nummer: 'M-2026-99',
      titel: 'Na de reservekopie',
      vergadering: 'Raad 2026',
      datumAangenomen: '2026-04-01',
      status: 'open',
    });
    expect(await total()).toBe(6);

    const restored = await call(ctx, 'backup.upload', { bestand });
    expect(restored).toEqual({ register: ctx.db.file, schemaVan: LATEST, schemaNaar: LATEST });
    expect(await total()).toBe(5);
    expect(await readdir(temp)).toEqual([]);
  });

  it('restores an upload into a register that is not there yet, as on a new computer', async () => {
    const bestand = await call(ctx, 'backup.download', {});
    await mkdir(join(dir, 'nieuw'));
    const other = testContext(join(dir, 'nieuw'));
    try {
      await call(other, 'backup.upload', { bestand });
      expect(await total(other)).toBe(5);
    } finally {
      other.db.close();
    }
  });

  it('refuses an upload that is not a register, naming the file as uploaded, and keeps the register', async () => {
    const text = new TextEncoder().encode(
      'geen database, maar tekst die lang genoeg is om een kop te lijken'.repeat(20),
    );
    const error = await refusal(ctx, 'backup.upload', upload('notities.sqlite', text));
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(
      /^notities\.sqlite is geen SQLite-database of is beschadigd .*het register is niet veranderd$/,
    );
    expect(error.message).not.toContain(temp);

    const other = join(dir, 'ander.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE adressen (id INTEGER PRIMARY KEY, straat TEXT)');
    foreign.close();
    const notOurs = await refusal(ctx, 'backup.upload', upload('ander.sqlite', await readFile(other)));
    expect(notOurs).toEqual({
      code: 'refused',
      message: 'ander.sqlite is geen reservekopie van een Raadsnota-register; het register is niet veranderd',
    });

    const empty = await refusal(ctx, 'backup.upload', upload('leeg.sqlite', new Uint8Array()));
    expect(empty.code).toBe('refused');
    expect(await total()).toBe(5);
    expect(await readdir(temp)).toEqual([]);
  });

  it('refuses a backup made by a newer version of Raadsnota', async () => {
    const bestand = await call(ctx, 'backup.download', {});
    const file = join(dir, 'nieuwer.sqlite');
    await writeFile(file, Buffer.from(bestand.base64, 'base64'));
    const newer = new Database(file);
    newer.pragma(`user_version = ${LATEST + 1}`);
    newer.close();
    const error = await refusal(ctx, 'backup.upload', upload('nieuwer.sqlite', await readFile(file)));
    expect(error.code).toBe('refused');
    expect(error.message).toContain(
      `de reservekopie nieuwer.sqlite is gemaakt door een nieuwere versie van Raadsnota (schema ${LATEST + 1}, deze versie kent ${LATEST})`,
    );
    expect(await total()).toBe(5);
  });

  it('refuses a download when there is no register, and an upload without a file', async () => {
    const none = testContext(join(dir, 'tmp'));
    try {
      const error = await refusal(none, 'backup.download', {});
      expect(error.code).toBe('refused');
      expect(error.message).toContain('er staat geen register in');
    } finally {
      none.db.close();
    }
    const missing = await refusal(ctx, 'backup.upload', {});
    expect([missing.code, missing.field]).toEqual(['invalid_input', 'bestand']);
  });
});
