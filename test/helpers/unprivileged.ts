// Runs the CLI as a user whom permission bits stop. Root passes them all, so a read-only register can only be tested
// as root (as CI runs) through another user: `nobody`, in a copy of what the CLI needs in a folder that user can
// reach, since the clone itself may lie in root's home.
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, runCli, type CliResult } from './assets.js';

const NOBODY = 65534;

export const isRoot = (): boolean => process.getuid?.() === 0;

/** Makes every file under `dir` readable and every folder enterable by anyone. */
function openToAll(dir: string): void {
  spawnSync('chmod', ['-R', 'a+rX', dir]);
}

/**
 * The CLI's bundle, migrations, templates (with the huisstijl and word list) and native SQLite, plus Node itself when
 * nobody cannot run the one in use.
 */
function copyRuntime(dir: string): { node: string; cli: string } {
  const files = [
    'bin/raadsnota.cjs',
    'dist/cli.cjs',
    'node_modules/better-sqlite3/package.json',
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  ];
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dir, file));
  }
  // The engine's sources are not what the bundle reads.
  cpSync(join(ROOT, 'templates'), join(dir, 'templates'), {
    recursive: true,
    filter: (from) => !from.startsWith(join(ROOT, 'templates', 'engine')),
  });
  for (const folder of [
    'db/migrations',
    'node_modules/better-sqlite3/lib',
    'node_modules/bindings',
    'node_modules/file-uri-to-path',
  ]) {
    cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
  }
  let node = process.execPath;
  if (spawnSync(node, ['-e', '0'], { uid: NOBODY, gid: NOBODY }).status !== 0) {
    node = join(dir, 'node');
    copyFileSync(process.execPath, node);
  }
  openToAll(dir);
  const cli = join(dir, 'bin', 'raadsnota.cjs');
  if (spawnSync(node, [cli, '--help'], { uid: NOBODY, gid: NOBODY }).status !== 0) {
    throw new Error(
      `user nobody cannot run the CLI copied to ${dir}; set TMPDIR to a folder anyone can enter`,
    );
  }
  return { node, cli };
}

/** Runs the CLI with `args` in `cwd` (by default the folder of the CLI's copy). */
export type UnprivilegedCli = (args: readonly string[], cwd?: string) => Promise<CliResult>;

/**
 * A way to run the CLI as a user without privileges: the CLI itself when this process is not root, else a copy of it
 * in `dir` run as nobody. `dir` (and the folders above it) must be reachable by nobody.
 */
export async function unprivilegedCli(dir: string): Promise<UnprivilegedCli> {
  if (!isRoot()) return (args, cwd) => runCli(args, cwd === undefined ? {} : { cwd });
  // Builds dist/ first when a lone vitest run needs it.
  await runCli(['--help']);
  const runtime = join(dir, 'raadsnota');
  const { node, cli } = copyRuntime(runtime);
  return (args, cwd = runtime) =>
    new Promise((resolve, reject) => {
      execFile(
        node,
        [cli, ...args],
        {
          cwd,
          uid: NOBODY,
          gid: NOBODY,
          encoding: 'utf8',
          timeout: 60_000,
          env: { PATH: process.env.PATH },
        },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') {
            reject(new Error(`raadsnota did not run to its end: ${error.message}`));
            return;
          }
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });
}

/** Lets nobody into a folder that mkdtemp made for root alone. */
export function reachable(dir: string): void {
  chmodSync(dir, 0o755);
}
