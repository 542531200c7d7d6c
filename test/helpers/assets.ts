/** What the suites share: the project's paths, the loaded templates and huisstijl, the example memos, the CLI. */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ValidationError, type Issue } from '../../core/errors.js';
import { loadAssets } from '../../templates/engine/load.js';
import type { Informant } from '../../core/model/fields.js';
import { fixedSections, Manifest, type FixedSection } from '../../core/model/manifest.js';
import { parseMemo, type Memo } from '../../core/model/memo.js';
import type { MemoTypes } from '../../templates/engine/memo-types.js';
import { typedMemo } from '../../services/memos/typed.js';
import { renderDocx, type RenderAssets } from '../../templates/engine/render.js';
import { readDocx, type DocxPackage } from './docx.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPLATES = join(ROOT, 'templates');
export const HUISSTIJL = join(TEMPLATES, 'huisstijl', 'gemeente-voorbeeld');
export const EXAMPLES = join(ROOT, 'examples');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const CLI = join(ROOT, 'bin', 'raadsnota.cjs');

/** The creation time every test render uses, so that renders can be compared byte for byte. */
export const CREATED = new Date('2026-01-01T00:00:00Z');
export const CREATED_ISO = '2026-01-01T00:00:00Z';

/**
 * The memo types the project ships with an example, and their own fields (their manifests' `velden`) as the tests
 * type them; the engine itself knows a type's fields only from its manifest.
 */
interface ShippedFields {
  informatienota: {
    informanten: Informant[];
    afdeling: string;
    raadsbesluit?: { vergaderdatum?: string | undefined } | undefined;
  };
  raadsmededeling: { informanten: Informant[]; team: string; datumBesluitBW: string };
}
export type ShippedType = keyof ShippedFields;
export const SHIPPED_TYPES: readonly ShippedType[] = ['informatienota', 'raadsmededeling'];
export type MemoOf<T extends ShippedType> = Memo & ShippedFields[T] & { type: T };
export type ShippedMemo = { [T in ShippedType]: MemoOf<T> }[ShippedType];

/** A shipped type's manifest, read at once, for tests that parse a memo outside a render. */
export function shippedManifest(type: string): Manifest {
  return Manifest.parse(JSON.parse(readFileSync(join(TEMPLATES, `${type}.manifest.json`), 'utf8')));
}

let shipped: MemoTypes | undefined;

/** A memo file checked against the shipped types, as the memo services check it, for tests that need it at once. */
export function parseShipped(raw: unknown): Memo {
  shipped ??= {
    sets: Object.fromEntries(
      SHIPPED_TYPES.map((type) => {
        const manifest = shippedManifest(type);
        const source = readFileSync(join(TEMPLATES, manifest.sjabloon), 'utf8');
        return [type, { manifest, template: { name: manifest.sjabloon, source, partials: {} } }];
      }),
    ),
    refused: [],
  };
  return typedMemo(raw, shipped);
}

export function examplePath(type: string): string {
  return join(EXAMPLES, `${type}.json`);
}

let loaded: Promise<RenderAssets> | undefined;

/** The templates and the default huisstijl, loaded once per test file. Treat as read-only. */
export function assets(): Promise<RenderAssets> {
  loaded ??= loadAssets(TEMPLATES, HUISSTIJL);
  return loaded;
}

export async function manifestOf(type: string): Promise<Manifest> {
  const set = (await assets()).types.sets[type];
  if (set === undefined) throw new Error(`no memo type ${type}`);
  return set.manifest;
}

export async function requiredSections(type: string): Promise<FixedSection[]> {
  return fixedSections(await manifestOf(type)).filter((s) => s.verplicht);
}

/** The example memo file as JSON, a fresh copy each call, for tests that change the input before parsing. */
export async function exampleInput(type: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(examplePath(type), 'utf8')) as Record<string, unknown>;
}

/** The example memo of a type, parsed: a fresh object each call, so a test may change it. */
export async function baseMemo<T extends ShippedType>(type: T): Promise<MemoOf<T>> {
  const memo = parseMemo(await exampleInput(type), await manifestOf(type));
  if (memo.type !== type) throw new Error(`examples/${type}.json is a ${memo.type}`);
  return memo as MemoOf<T>;
}

/** Renders with the default assets and the fixed creation time. */
/** The example informatienota with `inhoud` as its kernboodschap: for tests of what a section's content becomes. */
export async function withKernboodschap(inhoud: string): Promise<MemoOf<'informatienota'>> {
  const memo = await baseMemo('informatienota');
  return {
    ...memo,
    secties: memo.secties.map((s) => (s.sleutel === 'kernboodschap' ? { ...s, inhoud } : s)),
  };
}

export async function renderBytes(memo: Memo, createdAt: Date = CREATED): Promise<Uint8Array> {
  return renderDocx(memo, await assets(), { createdAt });
}

export async function renderAndRead(memo: Memo): Promise<DocxPackage> {
  return readDocx(await renderBytes(memo));
}

/** Runs `fn`, which must throw a ValidationError, and returns its issues. */
export async function issuesOf(fn: () => unknown): Promise<readonly Issue[]> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}

export async function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'raadsnota-test-'));
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let built = false;

/** The bundle bin/raadsnota.cjs starts. */
export const BUNDLE = join(ROOT, 'dist', 'cli.cjs');

/** The CLI runs the esbuild bundle; `npm test` builds it first, a lone `vitest run` may need to. */
function ensureBuilt(): void {
  if (built) return;
  if (!existsSync(BUNDLE)) {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
  built = true;
}

export interface CliOptions {
  /** Added to the environment; SOURCE_DATE_EPOCH is removed from it unless given here. */
  env?: NodeJS.ProcessEnv;
  /** The working directory; the project root unless given. */
  cwd?: string;
  /** Given on stdin. */
  input?: string;
  /** How long the run may take before it is killed and reported as not ending; 60 s unless given. */
  timeoutMs?: number;
}

/** Runs `raadsnota` in a process of its own, as a user would. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  ensureBuilt();
  const env = options.env ?? {};
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('SOURCE_DATE_EPOCH' in env)) delete childEnv.SOURCE_DATE_EPOCH;
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: childEnv,
        encoding: 'utf8',
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: 256 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`raadsnota did not run to its end: ${error.message}`));
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** Every heading the manifest requires or allows, for checking real memos against it. */
export function knownHeadings(manifest: Manifest): { required: string[]; allowed: string[] } {
  const fixed = fixedSections(manifest);
  return {
    required: fixed.filter((s) => s.verplicht).map((s) => s.titel),
    allowed: [
      ...fixed.flatMap((s) => [s.titel, ...s.aliassen]),
      ...manifest.secties.flatMap((s) => ('vrij' in s ? s.suggesties : [])),
    ],
  };
}
