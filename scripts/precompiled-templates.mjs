// An esbuild plugin that fills templates/engine/precompiled.ts with the shipped templates, precompiled by
// Handlebars and keyed by the SHA-256 of their source (see that file for why).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';

function hbsFiles(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.hbs'))
    .sort()
    .map((name) => join(dir, name));
}

export function precompiledModule(templatesDir) {
  const entries = [...hbsFiles(templatesDir), ...hbsFiles(join(templatesDir, 'partials'))].map((file) => {
    const source = readFileSync(file, 'utf8');
    const hash = createHash('sha256').update(source).digest('hex');
    return `  ${JSON.stringify(hash)}: ${Handlebars.precompile(source)}`;
  });
  return `export const PRECOMPILED = {\n${entries.join(',\n')}\n};\n`;
}

export function precompiledTemplates(templatesDir) {
  return {
    name: 'precompiled-templates',
    setup(build) {
      build.onLoad({ filter: /templates[\\/]engine[\\/]precompiled\.ts$/ }, () => ({
        contents: precompiledModule(templatesDir),
        loader: 'js',
        watchDirs: [templatesDir],
      }));
    },
  };
}
