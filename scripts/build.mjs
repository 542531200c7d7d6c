// Builds dist/: the CLI as one compiled CommonJS file, plus a V8 code cache for it; and the renderer (dist/renderer/).
//
// A render is a one-shot process, so start-up is most of its time. One bundled file saves resolving hundreds of
// modules; the code cache (made by a training render below) saves parsing and compiling them. Node 22 has
// module.enableCompileCache() for this; Node 20, which we support, does not, hence bin/raadsnota.cjs loads the
// bundle through vm.Script with the cache. The shipped templates are precompiled into the bundle as well, and the
// register's migrations are embedded in it.
import { build } from 'esbuild';
import { build as buildRenderer } from 'vite';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildElectron } from './build-electron.mjs';
import { embeddedMigrations } from './embedded-migrations.mjs';
import { precompiledTemplates } from './precompiled-templates.mjs';

await build({
  entryPoints: { cli: 'cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  // Native or large and rarely needed: loaded from node_modules when used, kept out of the start-up bundle.
  external: ['better-sqlite3', 'electron', 'exceljs'],
  // bin/raadsnota.cjs runs the bundle as a vm.Script, which has no loader for import(): require() them instead.
  supported: { 'dynamic-import': false },
  // The sources locate the templates through import.meta.url; in the CommonJS bundle that is the bundle's own path.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [precompiledTemplates('templates'), embeddedMigrations('db/migrations')],
  logLevel: 'warning',
});
await buildElectron();

// The app's screens, for the browser mode's server and Electron's app:// page alike (vite.config.ts).
await buildRenderer({ configFile: 'vite.config.ts', logLevel: 'warn' });

const scratch = mkdtempSync(join(tmpdir(), 'raadsnota-build-'));
try {
  const training = spawnSync(
    process.execPath,
    ['bin/raadsnota.cjs', 'render', 'examples/informatienota.json', '--out', join(scratch, 'training.docx')],
    { env: { ...process.env, RAADSNOTA_WRITE_CODE_CACHE: '1' }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (training.status !== 0) throw new Error(`training render failed with exit code ${training.status}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
