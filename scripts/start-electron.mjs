// npm start: builds Raadsnota and starts it in Electron. Electron 45 fetches its program from the internet the first
// time `require('electron')` runs, which a machine without open internet cannot do: so this looks for the program
// itself first and, when it is not there, says so in one Dutch line and names the browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MISSING =
  'Het programma Electron staat niet op deze computer; start Raadsnota in de browser met: npm run start:web';

/** Electron's program as its npm package would start it, or undefined when it is not on this computer. */
function electronProgram() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(join(ROOT, 'package.json')).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  let executable = 'electron';
  try {
    executable = readFileSync(join(packageDir, 'path.txt'), 'utf8');
  } catch {
    if (process.env.ELECTRON_OVERRIDE_DIST_PATH === undefined) return undefined;
  }
  const program = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist'), executable);
  return existsSync(program) ? program : undefined;
}

const program = electronProgram();
if (program === undefined) {
  console.error(MISSING);
  process.exit(1);
}

const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

const app = spawn(program, [ROOT], { cwd: ROOT, stdio: 'inherit' });
app.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
