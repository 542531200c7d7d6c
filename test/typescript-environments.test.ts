// Code that runs in the browser (core, readability, renderer) type-checks with the DOM's types and without Node's;
// code that runs in Node type-checks without the DOM. `npm run typecheck` runs both settings; these probes prove that
// each setting refuses what does not exist where its code runs. A probe is an in-memory file at a path in the folder.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/assets.js';

/** The compiler's messages for `source` as if it stood at `file`, checked with the settings of `config`. */
function typeErrors(config: string, file: string, source: string): string[] {
  const read = ts.readConfigFile(join(ROOT, config), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT);
  const probe = join(ROOT, file);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === probe ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest);
  const program = ts.createProgram([probe], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === probe)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('each environment type-checks with its own types', () => {
  it('browser code knows the DOM and not Node', () => {
    const source = 'export const title = document.title;\nexport const here = process.cwd();\n';
    const errors = typeErrors('tsconfig.browser.json', 'core/probe.ts', source);
    expect(errors.some((e) => e.includes("'document'"))).toBe(false);
    expect(errors.some((e) => e.includes("Cannot find name 'process'"))).toBe(true);
  });

  it('Node code knows Node and not the DOM', () => {
    const source = 'export const title = document.title;\nexport const here = process.cwd();\n';
    const errors = typeErrors('tsconfig.node.json', 'cli/probe.ts', source);
    expect(errors.some((e) => e.includes("Cannot find name 'document'"))).toBe(true);
    expect(errors.some((e) => e.includes("'process'"))).toBe(false);
  });
});
