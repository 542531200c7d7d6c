import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../db/connection.js';
import { conceptOf } from '../core/model/memo-concept.js';
import { createMemo } from '../db/repositories/memos.js';
import { baseMemo, HUISSTIJL, makeTempDir, removeTempDir, ROOT, runCli } from './helpers/assets.js';

const MIGRATIONS = join(ROOT, 'db', 'migrations');

let dir: string;
let db: string;
beforeEach(async () => {
  dir = await makeTempDir();
  db = join(dir, 'register.sqlite');
});
afterEach(async () => {
  await removeTempDir(dir);
});

async function registerWith(kenmerken: readonly string[]): Promise<void> {
  const register = openRegister(db, MIGRATIONS, { create: true });
  try {
    for (const kenmerk of kenmerken) {
      createMemo(register, conceptOf({ ...(await baseMemo('informatienota')), kenmerk }), {
        door: 'L. de Wit',
        op: '2026-02-01T09:00:00Z',
      });
    }
  } finally {
    register.close();
  }
}

async function huisstijlWith(kenmerk: unknown): Promise<string> {
  const folder = join(dir, 'huisstijl');
  await cp(HUISSTIJL, folder, { recursive: true });
  const json = JSON.parse(await readFile(join(folder, 'huisstijl.json'), 'utf8')) as object;
  await writeFile(join(folder, 'huisstijl.json'), JSON.stringify({ ...json, kenmerk }));
  return folder;
}

describe('raadsnota kenmerk', () => {
  it('without a register proposes the first of the year, and makes no register', async () => {
    const result = await runCli(['kenmerk', '--datum', '2026-03-01', '--db', db]);
    expect(result).toEqual({
      code: 0,
      stdout: '2026-000001\n',
      stderr: `Er is nog geen register in ${db}; geteld zonder nota's, er is niets aangemaakt.\n`,
    });
    expect(existsSync(db)).toBe(false);
  });

  it('counts the kenmerken of the memos in the register, of the date’s year', async () => {
    await registerWith(['2026-000007', '2025-000100']);
    expect(await runCli(['kenmerk', '--datum', '2026-03-01', '--db', db])).toEqual({
      code: 0,
      stdout: '2026-000008\n',
      stderr: '',
    });
    const lastYear = await runCli(['kenmerk', '--datum', '2025-12-31', '--db', db]);
    expect(lastYear.stdout).toBe('2025-000101\n');
  });

  it('with an empty register proposes the first of the year', async () => {
    await registerWith([]);
    expect(await runCli(['kenmerk', '--datum', '2026-03-01', '--db', db])).toEqual({
      code: 0,
      stdout: '2026-000001\n',
      stderr: '',
    });
  });

  it('without --datum proposes one for today', async () => {
    await registerWith(['2026-000007']);
    const result = await runCli(['kenmerk', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d{4}-\d{6}\n$/);
  });

  it.each(['2026-02-30', 'morgen', '2026-3-1'])('refuses --datum %s with exit 2', async (datum) => {
    const result = await runCli(['kenmerk', '--datum', datum, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`--datum "${datum}" is geen datum`);
    expect(existsSync(db)).toBe(false);
  });

  it('follows the huisstijl’s pattern', async () => {
    await registerWith(['RN26.03/9', 'RN26.02/12', 'RN25.12/99']);
    const huisstijl = await huisstijlWith({ patroon: 'RN{jaar:2}.{maand}/{volgnummer}' });
    const result = await runCli(['kenmerk', '--datum', '2026-04-02', '--db', db, '--huisstijl', huisstijl]);
    expect(result.stdout).toBe('RN26.04/13\n');
  });

  it('with a regular expression in the huisstijl says that it cannot propose one, exit 2', async () => {
    await registerWith(['2026-000007']);
    const huisstijl = await huisstijlWith({ expressie: '\\d{4}-\\d{6}', voorbeeld: '2026-000001' });
    const result = await runCli(['kenmerk', '--datum', '2026-03-01', '--db', db, '--huisstijl', huisstijl]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'kenmerk.expressie: uit een reguliere expressie kan Raadsnota geen volgend',
    );
    expect(result.stderr).toContain('"patroon": "{jaar}-{volgnummer:6}"');
  });

  it('with a huisstijl of before placeholders names kenmerk.patroon and the pattern to write, exit 2', async () => {
    const huisstijl = await huisstijlWith({ patroon: '^\\d{4}-\\d{6}$' });
    const result = await runCli(['kenmerk', '--datum', '2026-03-01', '--db', db, '--huisstijl', huisstijl]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('kenmerk.patroon');
    expect(result.stderr).toContain('schrijf "patroon": "{jaar}-{volgnummer:6}"');
  });

  it('takes no file and no option of another command', async () => {
    expect((await runCli(['kenmerk', 'nota.json', '--db', db])).code).toBe(2);
    const foreign = await runCli(['kenmerk', '--out', 'x.docx', '--db', db]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('--out hoort niet bij kenmerk');
  });
});
