// Bundles the render pipeline (loadAssets, parseMemo, renderDocx) into one ESM file for the in-process benchmark,
// since dist/ holds only the CLI. Options as for the CLI build (scripts/build.mjs): one minified node20 bundle.
import { join } from 'node:path';
import { build } from 'esbuild';

export async function bundleEngine(projectRoot, outDir) {
  const outfile = join(outDir, 'engine.mjs');
  await build({
    stdin: {
      contents: [
        "export { loadAssets } from './templates/engine/load.ts';",
        "export { parseMemo, renderDocx } from './templates/engine/render.ts';",
      ].join('\n'),
      resolveDir: projectRoot,
      sourcefile: 'bench-engine.ts',
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    packages: 'bundle',
    external: ['better-sqlite3', 'electron'],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return outfile;
}
