/** Runs crash-writer.ts in processes of its own, and reads back what it wrote. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { build } from 'esbuild';
import { ROOT } from './assets.js';

export const MIGRATIONS = join(ROOT, 'db', 'migrations');

/**
 * Bundles the writer with the real db code into one CommonJS file in `dir`. better-sqlite3 stays outside the bundle
 * (its native addon cannot be bundled), required by its absolute path because `dir` has no node_modules.
 */
export async function bundleWriter(dir: string): Promise<string> {
  const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');
  const outfile = join(dir, 'crash-writer.cjs');
  await build({
    entryPoints: [join(ROOT, 'test', 'helpers', 'crash-writer.ts')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    plugins: [
      {
        name: 'better-sqlite3-by-path',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: betterSqlite3, external: true }));
        },
      },
    ],
  });
  return outfile;
}

export interface Writer {
  child: ChildProcess;
  /** The ids of the transactions the writer reported committed, so far. */
  committed: number[];
  /** Settles once the register is open and the writer starts writing; rejects when it ends before that. */
  open: Promise<void>;
  /** Settles when the process has ended and all it printed has been read. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a writer on `register` that numbers its transactions from `firstId`. */
export function startWriter(bundle: string, register: string, firstId: number): Writer {
  const child = spawn(process.execPath, [bundle, register, MIGRATIONS, String(firstId)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const committed: number[] = [];
  let stderr = '';
  let pending = '';
  let markOpen: () => void = () => undefined;
  let failOpen: (error: Error) => void = () => undefined;
  const open = new Promise<void>((resolve, reject) => {
    markOpen = resolve;
    failOpen = reject;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    // A kill can cut a line short; only whole lines were reported.
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'open') markOpen();
      else committed.push(Number(line));
    }
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    // 'close' rather than 'exit': it comes after stdout has been read to its end.
    child.on('close', (code, signal) => {
      failOpen(new Error(`the writer ended before it was open (${String(code ?? signal)}): ${stderr}`));
      resolve({ code, signal });
    });
  });
  return { child, committed, open, ended };
}

/** What the writers left in a register. */
export interface WrittenState {
  /** The ids of the transactions present, ascending. */
  ids: number[];
  /** Moties whose historie rows are not all there (or more than all): parts of a transaction. */
  partial: string[];
  /** Historie rows written by a writer whose motie is missing: parts of a transaction. */
  orphans: number;
  /** The writers' own count of their transactions. */
  counted: number;
}

export function writtenState(db: Database.Database): WrittenState {
  const ids = db
    .prepare("SELECT CAST(substr(nummer, 3) AS INTEGER) FROM moties WHERE nummerreeks = 'crash' ORDER BY 1")
    .pluck()
    .all() as number[];
  const partial = db
    .prepare(
      `SELECT m.nummer FROM moties m
       WHERE m.nummerreeks = 'crash'
         AND CAST(m.dictum AS INTEGER) != (SELECT count(*) FROM historie h WHERE h.soort = 'motie' AND h.item_id = m.id)`,
    )
    .pluck()
    .all() as string[];
  const orphans = db
    .prepare(
      "SELECT count(*) FROM historie WHERE door = 'crashtest' AND item_id NOT IN (SELECT id FROM moties)",
    )
    .pluck()
    .get() as number;
  const counted = db.prepare("SELECT value FROM settings WHERE key = 'crashtest'").pluck().get() as
    string | undefined;
  return { ids, partial, orphans, counted: Number(counted ?? 0) };
}
