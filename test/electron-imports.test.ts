// The Electron door's import direction (eslint.config.js), proven as test/lint-boundaries.test.ts proves the others:
// a probe in electron/ may reach the api (both halves: the register host runs the operation table) and core, and
// never the services, the register's database code, the template engine, another door or the renderer.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/assets.js';

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

async function importProblems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${source}';\n`, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('electron/ imports', () => {
  it.each([
    ['electron/probe.ts', '../services/register/search.js'],
    ['electron/main/probe.ts', '../../db/connection.js'],
    ['electron/register-host/probe.ts', '../../templates/engine/render.js'],
    ['electron/probe.ts', '../readability/index.js'],
    ['electron/probe.ts', '../cli/main.js'],
    ['electron/probe.ts', '../renderer/main.js'],
  ])('refuses, in %s, %s', async (file, source) => {
    const problems = await importProblems(file, source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/Imports run one way/);
  });

  it.each([
    ['electron/main.ts', 'electron'],
    ['electron/register-host/probe.ts', '../../api/dispatch.js'],
    ['electron/register-host/probe.ts', '../../api/context.js'],
    ['electron/main/probe.ts', '../../api/contract/api-error.js'],
    ['electron/probe.ts', '../core/errors.js'],
  ])('allows, in %s, %s', async (file, source) => {
    expect(await importProblems(file, source)).toEqual([]);
  });
});
