import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './assets.js';

const MAIN = join(ROOT, 'dist', 'electron', 'main.cjs');
const require = createRequire(import.meta.url);

/** The main process is tested as built: a suite run before `npm run build` builds it first. */
export function buildMainIfMissing(): void {
  if (!existsSync(MAIN))
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Loads the built main process anew against a stand-in `electron` module (no Electron binary can be had here), and
 * lets its start-up run; the real module's cache entry is put back after.
 */
export async function loadMain(electron: object): Promise<void> {
  const electronPath = require.resolve('electron');
  const previous = require.cache[electronPath];
  require.cache[electronPath] = { exports: electron } as NodeJS.Module;
  Reflect.deleteProperty(require.cache, MAIN);
  try {
    require(MAIN);
  } finally {
    if (previous) require.cache[electronPath] = previous;
    else Reflect.deleteProperty(require.cache, electronPath);
  }
  await new Promise((resolve) => setImmediate(resolve));
}
