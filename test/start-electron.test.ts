// `npm start` where Electron's program is not on the computer (as on these machines: it cannot be downloaded): one
// Dutch line naming the browser mode, exit code 1, no stack trace, and nothing built or started.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';

const START = join(ROOT, 'scripts', 'start-electron.mjs');
const LINE =
  'Het programma Electron staat niet op deze computer; start Raadsnota in de browser met: npm run start:web\n';

/** Where a developer has fetched Electron's program, the first case does not apply. */
const HAS_ELECTRON = existsSync(join(ROOT, 'node_modules', 'electron', 'dist'));

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

function start(env: NodeJS.ProcessEnv) {
  const merged = { ...process.env, ...env };
  if (env.ELECTRON_OVERRIDE_DIST_PATH === undefined) delete merged.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [START], { cwd: ROOT, env: merged, encoding: 'utf8' });
}

describe('npm start without Electron’s program', () => {
  it.skipIf(HAS_ELECTRON)('says so in one Dutch line, names npm run start:web and exits with 1', () => {
    const run = start({});
    expect(run.stderr).toBe(LINE);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
  });

  it('says the same when Electron is pointed at a folder without the program, and does not try to download it', () => {
    const run = start({ ELECTRON_OVERRIDE_DIST_PATH: dir });
    expect([run.stderr, run.stdout, run.status]).toEqual([LINE, '', 1]);
  });
});
