// The register's host, as the utility process runs it: in-process on a real register file with a stand-in for
// Electron's parentPort, and as the built bundle in a Node child process behind the main process's forwarder (a
// small preload puts a parentPort on it), which proves that the bundle carries its migrations and precompiled
// templates and reads the templates from the folder it is given.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../api/contract/api-error.js';
import type { Context } from '../api/context.js';
import { HOST_GONE, registerForwarder, type HostProcess } from '../electron/main/forwarder.js';
import { hostContext } from '../electron/register-host/context.js';
import type { HostAnswer } from '../electron/register-host/messages.js';
import { hostArgs } from '../electron/register-host/options.js';
import { serveRegister } from '../electron/register-host/serve.js';
import { baseMemo, makeTempDir, removeTempDir, ROOT, TEMPLATES } from './helpers/assets.js';

const HOST_BUNDLE = join(ROOT, 'dist', 'electron', 'register-host.cjs');
const SHIM = join(ROOT, 'test', 'helpers', 'parent-port.cjs');

const toezegging = {
  soort: 'toezegging',
  nummer: 'T-2026-14',
  omschrijving: 'De wethouder komt terug op de bankjes in het Wilhelminapark',
  vergadering: 'commissie Ruimte 9 juli 2026',
  gedaanOp: '2026-07-09',
  status: 'open',
} as const;

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('the host’s message handling', () => {
  let ctx: Context;
  afterEach(() => {
    ctx.db.close();
  });

  /** A stand-in for process.parentPort: the test sends, the host's answers are collected. */
  function port() {
    let listener: ((event: { data: unknown }) => void) | undefined;
    const answers: HostAnswer[] = [];
    let arrived: () => void = () => undefined;
    return {
      answers,
      on: (_event: 'message', l: (event: { data: unknown }) => void) => (listener = l),
      postMessage: (message: HostAnswer) => {
        answers.push(message);
        arrived();
      },
      /** A message that gets no answer. */
      drop(data: unknown): void {
        listener?.({ data });
      },
      send(data: unknown): Promise<void> {
        const answered = new Promise<void>((resolve) => (arrived = resolve));
        listener?.({ data });
        return answered;
      },
    };
  }

  it('answers each call by its id through the operation table, on the register file it was given', async () => {
    const register = join(dir, 'Raadsnota', 'register.sqlite');
    ctx = hostContext({ register, templates: TEMPLATES }, () => undefined);
    const parent = port();
    serveRegister(parent, ctx);
    await parent.send({ id: 7, name: 'register.add', input: toezegging });
    await parent.send({ id: 8, name: 'register.search', input: { text: 'wilhelmina' } });
    await parent.send({ id: 9, name: 'register.get', input: { soort: 'toezegging', id: 999 } });
    const [added, found, missing] = parent.answers;
    expect(added).toMatchObject({ id: 7, result: { ok: true, value: { nummer: 'T-2026-14' } } });
    expect(found).toMatchObject({ id: 8, result: { ok: true, value: { total: 1 } } });
    expect(missing).toMatchObject({ id: 9, result: { ok: false, error: { code: 'not_found' } } });
    expect(existsSync(register)).toBe(true);
  });

  it('answers an unknown operation and a bad input as Dutch values, and a message it cannot read by its id', async () => {
    ctx = hostContext({ register: join(dir, 'register.sqlite'), templates: TEMPLATES }, () => undefined);
    const parent = port();
    serveRegister(parent, ctx);
    await parent.send({ id: 1, name: 'register.wis', input: {} });
    await parent.send({ id: 2, name: 'register.add', input: { ...toezegging, gedaanOp: '9 juli' } });
    await parent.send({ id: 3, name: 42 });
    expect(parent.answers[0]?.result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(parent.answers[1]?.result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'gedaanOp' },
    });
    expect(parent.answers[2]).toMatchObject({ id: 3, result: { ok: false, error: { code: 'internal' } } });
    // Without an id there is no one to answer: the message is dropped, the next call is answered as usual.
    parent.drop({ name: 'register.search', input: {} });
    parent.drop('onzin');
    await parent.send({ id: 4, name: 'register.search', input: {} });
    expect(parent.answers.map((answer) => answer.id)).toEqual([1, 2, 3, 4]);
  });
});

/** The built host in a Node child process, seen by the forwarder as Electron's UtilityProcess would be. */
function bundledHost(
  options: { register: string; templates: string },
  started: ChildProcess[],
): () => HostProcess {
  return () => {
    const child = fork(HOST_BUNDLE, hostArgs(options), {
      execArgv: ['--require', SHIM],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    started.push(child);
    return {
      postMessage: (message) => child.send(message),
      on: (event: string, listener: (...args: unknown[]) => void) => child.on(event, listener),
    } as HostProcess;
  };
}

describe('the built host behind the forwarder', () => {
  const started: ChildProcess[] = [];
  beforeAll(() => {
    // `npm test` builds first; a lone `vitest run` may need to.
    if (!existsSync(HOST_BUNDLE))
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  });
  afterEach(() => {
    for (const child of started.splice(0)) child.kill('SIGKILL');
  });

  it('creates the register with its embedded migrations and renders with the templates folder it is given', async () => {
    // A templates folder of the functioneel beheerder's own, without the raadsvoorstel: the host must read this one.
    const templates = join(dir, 'templates');
    await cp(TEMPLATES, templates, { recursive: true });
    await rm(join(templates, 'raadsvoorstel.manifest.json'));
    const forwarder = registerForwarder(
      bundledHost({ register: join(dir, 'register.sqlite'), templates }, started),
    );

    expect(await forwarder.invoke('register.add', toezegging)).toMatchObject({
      ok: true,
      value: { nummer: 'T-2026-14' },
    });
    const search = await forwarder.invoke('register.search', { text: 'wilhelmina' });
    expect(search).toMatchObject({ ok: true, value: { total: 1 } });
    const types = (await forwarder.invoke('memos.types', {})) as ApiResult<{ types: { type: string }[] }>;
    expect(types.ok && types.value.types.map((t) => t.type).sort()).toEqual([
      'informatienota',
      'raadsmededeling',
    ]);
    // An Excel list: the host's bundle carries exceljs, as the packed app has no node_modules for it.
    const xlsx = await readFile(join(ROOT, 'examples', 'import', 'toezeggingen.xlsx'));
    const preview = await forwarder.invoke('register.importPreview', {
      bestand: {
        naam: 'toezeggingen.xlsx',
        mediatype: 'application/octet-stream',
        base64: xlsx.toString('base64'),
      },
    });
    expect(preview).toMatchObject({ ok: true, value: { toegevoegd: 4 } });
    const rendered = await forwarder.invoke('memos.render', { nota: await baseMemo('informatienota') });
    expect(rendered).toMatchObject({
      ok: true,
      value: { naam: expect.stringMatching(/\.docx$/) as unknown },
    });
    expect(started).toHaveLength(1);
  });

  it('answers a waiting call with a Dutch internal error when the host dies, and the next call starts a new host', async () => {
    const forwarder = registerForwarder(
      bundledHost({ register: join(dir, 'register.sqlite'), templates: TEMPLATES }, started),
    );
    expect(await forwarder.invoke('register.add', toezegging)).toMatchObject({ ok: true });
    const waiting = forwarder.invoke('register.search', {});
    started[0]?.kill('SIGKILL');
    expect(await waiting).toEqual(HOST_GONE);
    const again = await forwarder.invoke('register.search', {});
    expect(started).toHaveLength(2);
    expect(again).toMatchObject({ ok: true, value: { total: 1 } });
  });
});
