import { conceptOf } from '../core/model/memo-concept.js';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../db/connection.js';
import { createMemo } from '../db/repositories/memos.js';
import { linkItem } from '../services/memos/store.js';
import { addItem } from '../services/register/items.js';
import { baseMemo, makeTempDir, removeTempDir, ROOT, runCli } from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';
import { noBreakSpaces } from '../templates/engine/typography.js';

const MIGRATIONS = join(ROOT, 'db', 'migrations');
const OP = '2026-09-01T10:00:00Z';

let dir: string;
let db: string;
beforeEach(async () => {
  dir = await makeTempDir();
  db = join(dir, 'register.sqlite');
});
afterEach(async () => {
  await removeTempDir(dir);
});

/** A register file with one memo, linked to a motie from the register; gives the memo's id. */
async function registerWithMemo(): Promise<number> {
  const register = openRegister(db, MIGRATIONS, { create: true });
  try {
    const memo = { ...(await baseMemo('raadsmededeling')), moties: [], toezeggingen: [] };
    const { id } = createMemo(register, conceptOf(memo), { door: 'griffie', op: OP });
    const motie = addItem(
      register,
      {
        soort: 'motie',
        nummer: 'M-9',
        titel: 'Licht op de Molenvaart',
        vergadering: 'Begroting 2026',
        datumAangenomen: '2025-11-06',
        status: 'open',
      },
      OP,
    );
    linkItem(register, id, { soort: 'motie', id: motie.id }, OP);
    return id;
  } finally {
    register.close();
  }
}

describe('raadsnota render --id', () => {
  it('renders a stored memo, naming the motie linked to it in the register', async () => {
    const id = await registerWithMemo();
    const out = join(dir, 'nota.docx');
    const result = await runCli([
      'render',
      '--id',
      String(id),
      '--db',
      db,
      '--out',
      out,
      '--aangemaakt',
      '2026-01-01',
    ]);
    expect(result).toEqual({ code: 0, stdout: `Geschreven: ${out}\n`, stderr: '' });
    const docx = readDocx(await readFile(out));
    expect(docx.coreXml).toContain('2026-01-01T00:00:00Z');
    expect(docx.paragraphs.map((p) => p.text).join('\n')).toContain(
      noBreakSpaces('motie M-9 ‘Licht op de Molenvaart’ (aangenomen op 6 november 2025, Begroting 2026)'),
    );
  });

  it('says that a memo is not in the register, exit 2, and writes nothing', async () => {
    const id = await registerWithMemo();
    const result = await runCli(['render', '--id', String(id + 1), '--db', db, '--out', join(dir, 'x.docx')]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `er staat geen nota met id ${id + 1} in het register\n`,
    });
    expect((await readdir(dir)).filter((name) => name.endsWith('.docx'))).toEqual([]);
  });

  it('without a register says so, exit 2, and makes none', async () => {
    const result = await runCli(['render', '--id', '1', '--db', db, '--out', join(dir, 'x.docx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(db);
    expect(existsSync(db)).toBe(false);
  });

  it.each([
    [['--id', 'een'], '--id "een" is geen nummer van een nota'],
    [['--id', '0'], '--id "0" is geen nummer van een nota'],
    [['--id', '1', 'nota.json'], 'render verwacht een notabestand of --id, niet allebei'],
  ])('refuses %j with the usage, exit 2', async (args, message) => {
    const result = await runCli(['render', ...args, '--db', db, '--out', join(dir, 'x.docx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Fout: ${message}`);
    expect(existsSync(db)).toBe(false);
  });
});
