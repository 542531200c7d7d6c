import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegister } from '../db/connection.js';
import { importItems } from '../services/register/import/store.js';
import { makeTempDir, removeTempDir, ROOT, runCli } from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';

/** More items than a DOCX overview takes, nearly all of them afgedaan, as in a register of some years. */
const AFGEDAAN = 10_000;
const OPEN = 3;

let dir: string;
let db: string;
beforeAll(async () => {
  dir = await makeTempDir();
  db = join(dir, 'register.sqlite');
  const register = openRegister(db, join(ROOT, 'db', 'migrations'), { create: true });
  const motie = (n: number, status: string) => ({
    soort: 'motie',
    nummer: `M-${n}`,
    titel: `Motie ${n}`,
    vergadering: 'Raad 5 februari 2026',
    status,
  });
  importItems(
    register,
    Array.from({ length: AFGEDAAN + OPEN }, (_, i) => motie(i + 1, i < OPEN ? 'open' : 'afgedaan')),
    { door: 'test', op: '2026-05-04T07:00:00Z' },
  );
  register.close();
});
afterAll(async () => {
  await removeTempDir(dir);
});

const overview = (out: string, ...extra: string[]) =>
  runCli([
    'register',
    'overview',
    '--out',
    join(dir, out),
    '--peildatum',
    '2026-06-01',
    '--db',
    db,
    ...extra,
  ]);

describe('raadsnota register overview of a large register', () => {
  it('lists only the items that still run by default', async () => {
    const result = await overview('stand.docx');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const texts = readDocx(new Uint8Array(await readFile(join(dir, 'stand.docx')))).paragraphs.map(
      (p) => p.text,
    );
    const numbers = texts.filter((t) => t.startsWith('motie M-')).map((t) => t.split('\n')[0]);
    expect(numbers).toEqual(['motie M-1', 'motie M-2', 'motie M-3']);
  });

  it('refuses a DOCX of all items above the limit with exit 2, naming CSV, and writes nothing', async () => {
    const result = await overview('alles.docx', '--alle');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('telt 10.003 moties en toezeggingen, te veel voor een Word-document');
    expect(result.stderr).toContain('CSV');
    expect(existsSync(join(dir, 'alles.docx'))).toBe(false);
  });

  it('writes all items as CSV', async () => {
    expect((await overview('alles.csv', '--alle')).code).toBe(0);
    const lines = (await readFile(join(dir, 'alles.csv'), 'utf8')).trim().split('\r\n');
    expect(lines).toHaveLength(1 + AFGEDAAN + OPEN);
  });
});
