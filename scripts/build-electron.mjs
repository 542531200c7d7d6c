// Builds dist/electron/: the Electron shell as three CommonJS files. The main process and the register's utility
// process run Electron's Node; the preload runs sandboxed, where require() knows only `electron`, so it must be one
// file with nothing else outside it. The register's host carries the migrations and the precompiled templates, as
// the CLI bundle does, so the packed app looks for no db/ folder; the templates themselves are read from the folder
// the main process names (resources/templates in the packed app). No source maps: they are not shipped.
import { build } from 'esbuild';
import { embeddedMigrations } from './embedded-migrations.mjs';
import { precompiledTemplates } from './precompiled-templates.mjs';

const common = {
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  // Electron 45 runs Node 22 in its main and utility processes.
  target: 'node22',
  minify: true,
  logLevel: 'warning',
};

export async function buildElectron() {
  await build({
    ...common,
    entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
    external: ['electron'],
  });
  await build({
    ...common,
    entryPoints: { 'register-host': 'electron/register-host.ts' },
    // better-sqlite3 is native: loaded from the packed node_modules, next to its module. Everything else is inside,
    // exceljs too (the CLI leaves it out to start faster; the host starts once), so the app packs no other package.
    external: ['better-sqlite3', 'electron'],
    // The sources locate the project through import.meta.url; here it is the bundle's own path, and every folder
    // the host uses is passed in by the main process instead.
    // import() of a bundled-out package becomes require(), which reads from the asar archive like any other file.
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [precompiledTemplates('templates'), embeddedMigrations('db/migrations')],
  });
}
