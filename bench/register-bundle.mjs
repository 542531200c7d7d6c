// Bundles the register's code (openRegister, searchItems, the import) into one ESM file for the register benchmark,
// as bundle-engine.mjs does for the render pipeline. better-sqlite3 (native) and exceljs stay outside the bundle; since
// the bundle is written to a temporary folder, from where Node would not find the project's node_modules, they are
// imported by their absolute path in the project.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const EXTERNAL = ['better-sqlite3', 'exceljs'];

export async function bundleRegister(projectRoot, outDir) {
  const outfile = join(outDir, 'register.mjs');
  const resolveFromProject = createRequire(join(projectRoot, 'package.json')).resolve;
  await build({
    stdin: {
      contents: [
        "export { openRegister } from './db/connection.ts';",
        "export { searchItems, searchSql } from './services/register/search.ts';",
        "export { importItems, previewImport } from './services/register/import.ts';",
        "export { isOverdue } from './services/register/rules.ts';",
        "export { guessMapping, mapRows, readTable } from './services/register-import/index.ts';",
      ].join('\n'),
      resolveDir: projectRoot,
      sourcefile: 'bench-register.ts',
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    packages: 'bundle',
    external: ['electron'],
    plugins: [
      {
        name: 'project-externals',
        setup(build) {
          const filter = new RegExp(`^(${EXTERNAL.join('|')})$`);
          build.onResolve({ filter }, (args) => ({ path: resolveFromProject(args.path), external: true }));
        },
      },
    ],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return outfile;
}
