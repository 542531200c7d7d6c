// The export in the app (export.start, export.status, export.download): a job per door in a folder of its own, its
// steps as it goes, its ZIP handed over once and then removed; an incomplete memo refused at once, nothing written.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Context } from '../api/context.js';
import { ExportPakket, type ExportStatus } from '../api/contract/export-jobs.js';
import { clearExports, stepUnderWay } from '../api/jobs/export-job.js';
import { jobStore } from '../api/jobs/jobs.js';
import {
  ExportedPackage,
  ExportPackagesResult,
  PackageManifest,
  type Voortgang,
} from '../core/model/export.js';
import { NotFound } from '../db/repositories/errors.js';
import { call, refusal, testContext } from './helpers/api.js';
import { CLI, EXAMPLES, makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';
import { serveCommand } from '../cli/serve-command.js';
import { freePort, startServeProcess } from './helpers/serve-process.js';

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

/** The shipped example informatienota in the register: a complete memo. */
async function exampleMemo(): Promise<number> {
  const file = JSON.parse(readFileSync(join(EXAMPLES, 'informatienota.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  return (await call(ctx, 'memos.import', file)).nota.id;
}

/** The job's states, each as export.status gave it, until it is done. */
async function followed(taak: string): Promise<ExportStatus[]> {
  const seen: ExportStatus[] = [];
  for (;;) {
    const status = await call(ctx, 'export.status', { taak });
    seen.push(status);
    if (status.afgerond) return seen;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

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

  it("removes a failed job's folder at once and keeps only its error, which takes no place among the maximum", async () => {
    const jobs = jobStore<string>({ keepMs: 60_000, max: 1 });
    let folder = '';
    const id = await jobs.start(async (f) => {
      folder = f;
      await writeFile(join(f, 'half.docx'), 'half');
      return { ok: false, error: { code: 'invalid_input', message: 'Profiel "bis" bestaat niet' } };
    });
    await until(() => jobs.state(id).afgerond && !existsSync(folder));
    expect(jobs.state(id).fout).toEqual({ code: 'invalid_input', message: 'Profiel "bis" bestaat niet' });
    await expect(jobs.take(id, () => Promise.resolve('niets'))).rejects.toThrow('De export is mislukt');
    // The one place is free again: the failure does not keep it for keepMs.
    const next = await jobs.start(() => Promise.resolve({ ok: true, value: 'x' }));
    await until(() => jobs.state(next).afgerond);
    await jobs.clear();
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('makes its folders private and named with the process, and clears those of a process that was killed', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = join(tmp, `.raadsnota-${dead}-0123456789ab.tmp`);
    await mkdir(stale);
    await writeFile(join(stale, 'NIET OPENBAAR - nota.zip'), 'pakket');
    const jobs = jobStore<string>({ keepMs: 60_000, max: 1 });
    let folder = '';
    await jobs.start((f) => {
      folder = f;
      return Promise.resolve({ ok: true, value: 'x' });
    });
    await until(() => folder !== '');
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(tmp)).toEqual([basename(folder)]);
    expect(basename(folder)).toMatch(new RegExp(`^\\.raadsnota-${process.pid}-[0-9a-f]{12}\\.tmp$`));
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    await jobs.clear();
  });

  it('hands a result over to one of two downloads at the same moment, and tells the other plainly that it is gone', async () => {
    const jobs = jobStore<string>({ keepMs: 60_000, max: 1 });
    const id = await jobs.start(async (f) => {
      await writeFile(join(f, 'pakket.zip'), 'inhoud');
      return { ok: true, value: 'pakket.zip' };
    });
    await until(() => jobs.state(id).afgerond);
    const read = (resultaat: string, f: string): Promise<string> => readFile(join(f, resultaat), 'utf8');
    const [first, second] = await Promise.allSettled([jobs.take(id, read), jobs.take(id, read)]);
    expect(first).toEqual({ status: 'fulfilled', value: 'inhoud' });
    expect(second).toMatchObject({ status: 'rejected', reason: expect.any(NotFound) as unknown });
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('gives a download its result and tells the fault, not the user, when the folder will not go; as does the timer', async () => {
    const faults: unknown[] = [];
    const jobs = jobStore<string>({ keepMs: 60_000, max: 2, fault: (error) => faults.push(error) });
    // A folder whose parent has become a file cannot be removed (ENOTDIR), even by root; as EBUSY on Windows.
    const parent = join(dir, 'weg');
    await mkdir(parent);
    process.env.TMPDIR = parent;
    const id = await jobs.start(() => Promise.resolve({ ok: true, value: 'pakket.zip' }));
    await until(() => jobs.state(id).afgerond);
    const taken = await jobs.take(id, async (resultaat) => {
      await rm(parent, { recursive: true });
      await writeFile(parent, 'geen map');
      return resultaat;
    });
    expect(taken).toBe('pakket.zip');
    expect(faults).toMatchObject([{ code: 'ENOTDIR' }]);

    await rm(parent);
    await mkdir(parent);
    const soon = jobStore<string>({ keepMs: 1, max: 1, fault: (error) => faults.push(error) });
    const kept = await soon.start(async () => {
      await rm(parent, { recursive: true });
      await writeFile(parent, 'geen map');
      return { ok: true, value: 'x' };
    });
    // Without the catch this rejection would be unhandled, which ends the process (and fails this test run).
    await until(() => faults.length === 2);
    expect(faults[1]).toMatchObject({ code: 'ENOTDIR' });
    expect(() => soon.state(kept)).toThrow(NotFound);
  });

  it('removes what a job writes after the store was cleared while it ran', async () => {
    const jobs = jobStore<string>({ keepMs: 60_000, max: 1 });
    let go: (() => void) | undefined;
    let folder = '';
    let written = false;
    await jobs.start(async (f) => {
      folder = f;
      await new Promise<void>((resolve) => (go = resolve));
      // As export.packages does: it makes the folder it was given again, and writes its package there.
      await mkdir(f, { recursive: true });
      await writeFile(join(f, 'pakket.zip'), 'van niemand');
      written = true;
      return { ok: true, value: 'pakket.zip' };
    });
    await until(() => go !== undefined);
    await jobs.clear();
    expect(existsSync(folder)).toBe(false);
    go?.();
    await until(() => written && !existsSync(folder));
    expect(readdirSync(tmp)).toEqual([]);
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

  it('gives no more jobs than its maximum to starts at the same moment', async () => {
    const jobs = jobStore<string>({ keepMs: 60_000, max: 2 });
    const never = (): Promise<never> => new Promise(() => undefined);
    const started = await Promise.allSettled([jobs.start(never), jobs.start(never), jobs.start(never)]);
    expect(started.map((s) => s.status).sort()).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(readdirSync(tmp)).toHaveLength(2);
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

  it('exports a stored memo as a ZIP in the background, shows its steps, and hands the ZIP over once', async () => {
    const id = await exampleMemo();
    const { taak } = await call(ctx, 'export.start', { id, pdf: false, map: EXAMPLES });
    expect(taak).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const seen = await followed(taak);
    const done = seen.at(-1);
    expect(done).toMatchObject({ stap: 'pakket', klaar: 1, totaal: 1, afgerond: true });
    expect(done?.fout).toBeUndefined();
    // The steps only go forward: the document, then (without a PDF) the package.
    const order = ['document', 'pdf', 'pakket'];
    const steps = seen.map((s) => order.indexOf(s.stap));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(seen.map((s) => s.stap)).not.toContain('pdf');
    const pakket = done?.pakket;
    expect(pakket).toMatchObject({ vertrouwelijkheidaanduiding: 'openbaar', pdf: { gemaakt: false } });
    expect(pakket?.bestanden.map((b) => b.rol)).toEqual(
      expect.arrayContaining(['document', 'metadata', 'diwoo']),
    );
    expect(readdirSync(tmp)).toHaveLength(1);

    // A double click: the one ZIP to the first, and to the second the plain word that it is gone, no path or ENOENT.
    const [zip, again] = await Promise.all([
      call(ctx, 'export.download', { taak }),
      refusal(ctx, 'export.download', { taak }),
    ]);
    expect(again.code).toBe('not_found');
    expect(again.message).toMatch(/^Deze export bestaat niet \(meer\)/);
    expect(zip).toMatchObject({ naam: `${pakket?.naam ?? ''}.zip`, mediatype: 'application/zip' });
    const entries = unzipSync(new Uint8Array(Buffer.from(zip.base64, 'base64')));
    const manifestName = Object.keys(entries).find((name) => name.endsWith('manifest.json')) ?? '';
    const root = manifestName.slice(0, -'manifest.json'.length);
    const manifest = PackageManifest.parse(
      JSON.parse(new TextDecoder().decode(entries[manifestName])) as unknown,
    );
    expect(manifest.bestanden).toEqual(pakket?.bestanden);
    for (const file of manifest.bestanden) {
      const bytes = entries[root + file.pad] ?? new Uint8Array();
      expect(createHash('sha256').update(bytes).digest('hex'), file.pad).toBe(file.sha256);
    }
    // Taken once: the job and its folder are gone.
    expect(readdirSync(tmp)).toEqual([]);
    expect(await refusal(ctx, 'export.download', { taak })).toMatchObject({ code: 'not_found' });
    expect(await refusal(ctx, 'export.status', { taak })).toMatchObject({ code: 'not_found' });
  });

  it('keeps a job from every other door, and refuses its ZIP while it runs', async () => {
    const id = await exampleMemo();
    await mkdir(join(dir, 'ander'));
    const other = testContext(join(dir, 'ander'));
    try {
      const { taak } = await call(ctx, 'export.start', { id, pdf: false, map: EXAMPLES });
      expect(await refusal(other, 'export.status', { taak })).toMatchObject({ code: 'not_found' });
      expect(await refusal(other, 'export.download', { taak })).toMatchObject({ code: 'not_found' });
      const running = await refusal(ctx, 'export.download', { taak });
      expect(running).toEqual({
        code: 'conflict',
        message: 'De export is nog bezig; het pakket komt als hij klaar is',
      });
      await followed(taak);
    } finally {
      other.db.close();
    }
  });

  it('ends with the error export.packages gives, and keeps no package', async () => {
    const id = await exampleMemo();
    const stored = await call(ctx, 'memos.get', { id });
    await call(ctx, 'memos.update', {
      id,
      revisie: stored.nota.revisie,
      nota: {
        ...stored.document,
        openbaarheid: { openbaar: false, grond: 'woo-5.1-2e', vertrouwelijkheidaanduiding: 'vertrouwelijk' },
      },
    });
    const { taak } = await call(ctx, 'export.start', {
      id,
      profiel: 'publicatie',
      pdf: false,
      map: EXAMPLES,
    });
    const done = (await followed(taak)).at(-1);
    await mkdir(join(dir, 'uit'));
    const direct = await refusal(ctx, 'export.packages', {
      memos: [{ id, map: EXAMPLES }],
      profiel: 'publicatie',
      pdf: false,
      uit: join(dir, 'uit'),
      zip: true,
    });
    expect(done?.fout).toEqual(direct);
    expect(done?.pakket).toBeUndefined();
    expect(await refusal(ctx, 'export.download', { taak })).toMatchObject({ code: 'conflict' });
  });
});

describe('a bijlage whose file is not there', () => {
  it('ends the job with the bijlage named, under the memo, and no package', async () => {
    const id = await exampleMemo();
    const { taak } = await call(ctx, 'export.start', { id, pdf: false });
    const done = (await followed(taak)).at(-1);
    expect(done?.fout).toMatchObject({ code: 'invalid_input', field: 'memos[0].bijlagen[2].bestand' });
    expect(done?.fout?.issues?.[0]?.message).toMatch(/^Bijlage 3 ‘Evaluatie pilot schoolzwemmen/);
    expect(done?.pakket).toBeUndefined();
    await clearExports(ctx);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('the package a job shows', () => {
  it("is export.packages's own package without its path, with that call's word on the PDF: declared there once", () => {
    expect(Object.keys(ExportPakket.shape).sort()).toEqual(
      [...Object.keys(ExportedPackage.shape).filter((key) => key !== 'pad'), 'pdf'].sort(),
    );
    expect(ExportPakket.shape.pdf).toBe(ExportPackagesResult.shape.pdf);
    expect(ExportPakket.shape.bestanden).toBe(ExportedPackage.shape.bestanden);
  });
});

describe('the step under way', () => {
  it('is the next step once every memo has passed one: the PDF when asked for, else the package', () => {
    expect(stepUnderWay({ stap: 'document', klaar: 0, totaal: 2 }, true)).toEqual({
      stap: 'document',
      klaar: 0,
      totaal: 2,
    });
    expect(stepUnderWay({ stap: 'document', klaar: 2, totaal: 2 }, true)).toEqual({
      stap: 'pdf',
      klaar: 0,
      totaal: 2,
    });
    expect(stepUnderWay({ stap: 'document', klaar: 2, totaal: 2 }, false)).toEqual({
      stap: 'pakket',
      klaar: 0,
      totaal: 2,
    });
    expect(stepUnderWay({ stap: 'pdf', klaar: 2, totaal: 2 }, true)).toEqual({
      stap: 'pakket',
      klaar: 0,
      totaal: 2,
    });
    expect(stepUnderWay({ stap: 'pakket', klaar: 2, totaal: 2 }, true)).toEqual({
      stap: 'pakket',
      klaar: 2,
      totaal: 2,
    });
  });
});

describe('when the server stops', () => {
  it('removes the packages nobody took as it stops, before the process ends', async () => {
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const served = serveCommand({
      dbPath: join(dir, 'served.sqlite'),
      huisstijlDir: undefined,
      port: await freePort(),
    });
    try {
      await until(() => lines.some((line) => line.includes('#token=')));
    } finally {
      write.mockRestore();
    }
    const [url = '', token = ''] = (lines.find((line) => line.includes('#token=')) ?? '')
      .trim()
      .split('#token=');
    const post = async (name: string, input: unknown): Promise<Record<string, unknown>> => {
      const response = await fetch(new URL(`api/${name}`, url), {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Record<string, unknown>;
    };
    const file = JSON.parse(readFileSync(join(EXAMPLES, 'informatienota.json'), 'utf8')) as unknown;
    const { nota } = (await post('memos.import', file)) as { nota: { id: number } };
    const { taak } = await post('export.start', { id: nota.id, pdf: false, map: EXAMPLES });
    while (!(await post('export.status', { taak })).afgerond)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readdirSync(tmp)).toHaveLength(1);
    process.emit('SIGINT');
    await served;
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('when the process ends', () => {
  it('leaves no job folder behind: raadsnota serve stopped with SIGTERM removes the packages nobody took', async () => {
    if (!existsSync(CLI)) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
    // The server inherits this TMPDIR (beforeEach), so its job folders land where the test can see them.
    const server = await startServeProcess(join(dir, 'served.sqlite'), await freePort());
    try {
      const token = /#token=(.+)$/.exec(server.url)?.[1] ?? '';
      const post = async (name: string, input: unknown): Promise<Record<string, unknown>> => {
        const response = await fetch(new URL(`api/${name}`, server.url), {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        const body = (await response.json()) as Record<string, unknown>;
        if (!response.ok) throw new Error(`${name}: ${JSON.stringify(body)}`);
        return body;
      };
      const file = JSON.parse(readFileSync(join(EXAMPLES, 'informatienota.json'), 'utf8')) as unknown;
      const { nota } = (await post('memos.import', file)) as { nota: { id: number } };
      const { taak } = await post('export.start', { id: nota.id, pdf: false, map: EXAMPLES });
      while (!(await post('export.status', { taak })).afgerond) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(readdirSync(tmp).filter((name) => name.startsWith('.raadsnota-'))).toHaveLength(1);
      const exited = once(server.child, 'exit');
      server.child.kill('SIGTERM');
      await exited;
      expect(readdirSync(tmp).filter((name) => name.startsWith('.raadsnota-'))).toEqual([]);
    } finally {
      await server.kill();
    }
  });
});
