// The export in the app (export.start, export.status, export.download): a job per door in a folder of its own, its
// steps as it goes, its ZIP handed over once and then removed; an incomplete memo refused at once, nothing written.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import { clearExports } from '../api/jobs/export-job.js';
import { jobStore } from '../api/jobs/jobs.js';
import type { Voortgang } from '../core/model/export.js';
import { NotFound } from '../db/repositories/errors.js';
import { call, refusal, testContext } from './helpers/api.js';
import { makeTempDir, removeTempDir } from './helpers/assets.js';

let dir: string;
let tmp: string;
let ctx: Context;
const before = process.env.TMPDIR;

beforeEach(async () => {
  dir = await makeTempDir();
  // The jobs' folders go to the system's temporary folder: here one of the test's own, to see what is written.
  tmp = join(dir, 'tmp');
  await mkdir(tmp);
  process.env.TMPDIR = tmp;
  ctx = testContext(dir);
});

afterEach(async () => {
  await clearExports(ctx);
  if (before === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = before;
  ctx.db.close();
  await removeTempDir(dir);
});

/** Resolves when `check` holds, looking again after each turn of the event loop. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
}

describe('the job store', () => {
  it('runs the work in a folder of its own, shows its steps, hands its result over once and removes the folder', async () => {
    const jobs = jobStore<string>({ keepMs: 60_000, max: 5 });
    let tell: ((v: Voortgang) => void) | undefined;
    let done: (() => void) | undefined;
    let folder = '';
    const id = await jobs.start(async (f, progress) => {
      folder = f;
      tell = progress;
      await writeFile(join(f, 'pakket.zip'), 'inhoud');
      await new Promise<void>((resolve) => (done = resolve));
      return { ok: true, value: 'pakket.zip' };
    });
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(jobs.state(id)).toEqual({ voortgang: { stap: 'document', klaar: 0, totaal: 1 }, afgerond: false });
    await until(() => tell !== undefined && done !== undefined);
    tell?.({ stap: 'pdf', klaar: 0, totaal: 1 });
    expect(jobs.state(id).voortgang.stap).toBe('pdf');
    await expect(jobs.take(id, () => Promise.resolve('te vroeg'))).rejects.toThrow('De export is nog bezig');
    done?.();
    await until(() => jobs.state(id).afgerond);
    expect(jobs.state(id).resultaat).toBe('pakket.zip');
    expect(readdirSync(folder)).toEqual(['pakket.zip']);
    const taken = await jobs.take(id, (resultaat, f) => Promise.resolve(join(f, resultaat)));
    expect(taken).toBe(join(folder, 'pakket.zip'));
    expect(existsSync(folder)).toBe(false);
    expect(() => jobs.state(id)).toThrow(NotFound);
  });

  it('keeps a failed job with its error, and refuses to hand over a package it does not have', async () => {
    const jobs = jobStore<string>({ keepMs: 60_000, max: 5 });
    const id = await jobs.start(() =>
      Promise.resolve({
        ok: false,
        error: { code: 'invalid_input', message: 'Profiel "bis" bestaat niet' },
      }),
    );
    await until(() => jobs.state(id).afgerond);
    expect(jobs.state(id).fout).toEqual({ code: 'invalid_input', message: 'Profiel "bis" bestaat niet' });
    await expect(jobs.take(id, () => Promise.resolve('niets'))).rejects.toThrow('De export is mislukt');
    await jobs.clear();
  });

  it('removes a finished job nobody took after its time, folder and all', async () => {
    const jobs = jobStore<string>({ keepMs: 1, max: 5 });
    let folder = '';
    const id = await jobs.start((f) => {
      folder = f;
      return Promise.resolve({ ok: true, value: 'x' });
    });
    await until(() => !existsSync(folder));
    expect(() => jobs.state(id)).toThrow(NotFound);
  });

  it('refuses more jobs than its maximum, and has no two ids alike', async () => {
    const jobs = jobStore<string>({ keepMs: 60_000, max: 2 });
    const never = (): Promise<never> => new Promise(() => undefined);
    const ids = [await jobs.start(never), await jobs.start(never)];
    expect(new Set(ids).size).toBe(2);
    await expect(jobs.start(never)).rejects.toThrow('Er lopen al 2 exports');
    await jobs.clear();
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('export.start, export.status and export.download', () => {
  it('refuses an incomplete memo at once, with every problem at its field as memos.validate gives it, and writes nothing', async () => {
    const { nota } = await call(ctx, 'memos.create', { type: 'informatienota' });
    const error = await refusal(ctx, 'export.start', { id: nota.id, pdf: true });
    expect(error).toEqual(await refusal(ctx, 'memos.validate', { id: nota.id }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.length).toBeGreaterThan(1);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('refuses a memo that is not in the register', async () => {
    await call(ctx, 'memos.create', { type: 'informatienota' });
    expect(await refusal(ctx, 'export.start', { id: 99, pdf: false })).toMatchObject({ code: 'not_found' });
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('knows a job only through the door that started it, and an id of the wrong form not at all', async () => {
    await mkdir(join(dir, 'ander'));
    const other = testContext(join(dir, 'ander'));
    try {
      const taak = 'A'.repeat(32);
      expect(await refusal(ctx, 'export.status', { taak })).toMatchObject({ code: 'not_found' });
      expect(await refusal(other, 'export.download', { taak })).toMatchObject({ code: 'not_found' });
      expect(await refusal(ctx, 'export.status', { taak: '../etc' })).toMatchObject({
        code: 'invalid_input',
        field: 'taak',
      });
    } finally {
      other.db.close();
    }
  });
});
