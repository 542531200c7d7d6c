// Bundles project TypeScript into one ESM file in `outDir` for the benchmark, since dist/ holds only the CLI. Options
// as for the CLI build (scripts/build.mjs): one minified node20 bundle. Packages in `external` stay outside it; as the
// bundle lies in a temporary folder, from where Node would not find the project's node_modules, they are imported by
// their absolute path in the project.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function bundleForBench(projectRoot, outDir, name, exportLines, external = []) {
  const outfile = join(outDir, `${name}.mjs`);
  const resolveFromProject = createRequire(join(projectRoot, 'package.json')).resolve;
  const filter = new RegExp(`^(${['better-sqlite3', ...external].join('|')})$`);
  await build({
    stdin: {
      contents: exportLines.join('\n'),
      resolveDir: projectRoot,
      sourcefile: `bench-${name}.ts`,
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
        setup(b) {
          b.onResolve({ filter }, (args) => ({ path: resolveFromProject(args.path), external: true }));
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
