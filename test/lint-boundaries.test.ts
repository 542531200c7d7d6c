// The import directions of eslint.config.js, proven: a probe file in each folder imports what that folder must not
// reach, and ESLint must report it; probes of what a folder may reach must pass. The probes are linted as text at a
// path inside the folder, so no file is written, and only the import rule runs (it needs no type information).
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/assets.js';

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** The messages of the import rule for `source` as if it stood at `file` (relative to the project). */
async function importProblems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${source}';\n`, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.message);
}

/** [the probe's path, what it imports]: every one must be reported. */
const REFUSED: readonly (readonly [string, string])[] = [
  // core runs anywhere and reaches nothing but itself.
  ['core/probe.ts', '../services/register/search.js'],
  ['core/model/probe.ts', '../../db/connection.js'],
  ['core/probe.ts', '../templates/engine/render.js'],
  ['core/probe.ts', '../readability/index.js'],
  ['core/probe.ts', '../cli/main.js'],
  ['core/probe.ts', 'node:fs'],
  ['core/probe.ts', 'electron'],
  // readability also runs in the renderer.
  ['readability/checks/probe.ts', '../../templates/engine/load.js'],
  ['readability/probe.ts', '../services/register/rules.js'],
  ['readability/probe.ts', 'node:path'],
  // templates and db are leaves above core: neither reaches the other, the services or a door.
  ['templates/engine/probe.ts', '../../services/register/overzicht.js'],
  ['templates/engine/probe.ts', '../../db/connection.js'],
  ['templates/engine/probe.ts', '../../readability/index.js'],
  ['templates/engine/probe.ts', '../../cli/atomic-write.js'],
  ['db/probe.ts', '../services/register/rules.js'],
  ['db/repositories/probe.ts', '../../../services/register/rules.js'],
  ['db/repositories/probe.ts', '../../templates/engine/load.js'],
  ['db/probe.ts', '../readability/index.js'],
  ['db/probe.ts', '../cli/main.js'],
  // files/ sits just above core: the register, the templates and the doors read and write through it.
  ['files/probe.ts', '../db/connection.js'],
  ['files/probe.ts', '../templates/engine/load.js'],
  ['files/probe.ts', '../api/dispatch.js'],
  ['core/probe.ts', '../files/read-file.js'],
  // services serve the api and never reach back into it or a door.
  ['services/register/probe.ts', '../../api/dispatch.js'],
  ['db/repositories/probe.ts', '../../../api/context.js'],
  ['templates/engine/probe.ts', '../../api/locations.js'],
  ['services/register/probe.ts', '../../cli/register-commands.js'],
  ['services/probe.ts', '../renderer/main.js'],
  ['services/register/probe.ts', 'electron'],
  // the api serves the doors and never reaches into one.
  ['api/probe.ts', '../cli/main.js'],
  ['api/handlers/probe.ts', '../../renderer/main.js'],
  ['api/probe.ts', 'electron'],
  // the api's contract and client run in the browser: no Node, nothing of the api's Node half.
  ['api/contract/probe.ts', 'node:crypto'],
  ['api/contract/probe.ts', '../dispatch.js'],
  ['api/client/probe.ts', '../handlers/index.js'],
  ['api/contract/probe.ts', '../../services/register/search.js'],
  ['api/client/probe.ts', 'better-sqlite3'],
  // the CLI is a door: it reaches the work through the api only.
  ['cli/probe.ts', '../services/register/search.js'],
  ['cli/probe.ts', '../db/connection.js'],
  ['cli/probe.ts', '../db/repositories/errors.js'],
  ['cli/probe.ts', '../templates/engine/render.js'],
  ['cli/probe.ts', '../readability/index.js'],
  ['cli/probe.ts', 'electron'],
  ['cli/probe.ts', '../renderer/main.js'],
  // the renderer runs in the browser: no Node, no Node-only package, no service, database or template code.
  ['renderer/probe.ts', 'node:fs'],
  ['renderer/probe.ts', 'better-sqlite3'],
  ['renderer/probe.ts', 'exceljs'],
  ['renderer/probe.ts', 'csv-parse/sync'],
  ['renderer/register/probe.ts', '../../services/register/search.js'],
  ['renderer/probe.ts', '../db/connection.js'],
  ['renderer/probe.ts', '../templates/engine/render.js'],
  ['renderer/probe.ts', '../cli/main.js'],
  ['renderer/probe.ts', 'electron'],
  ['renderer/probe.ts', '../api/dispatch.js'],
  ['renderer/memos/probe.ts', '../../api/handlers/index.js'],
  ['renderer/probe.ts', '../files/read-file.js'],
];

/** What each folder may reach: the rule must stay quiet, or the probes above prove nothing. */
const ALLOWED: readonly (readonly [string, string])[] = [
  ['core/model/probe.ts', '../errors.js'],
  ['readability/probe.ts', '../core/errors.js'],
  ['templates/engine/probe.ts', '../../core/model/memo.js'],
  ['db/repositories/probe.ts', '../../core/model/register.js'],
  ['services/register/probe.ts', '../../db/connection.js'],
  ['services/register/probe.ts', '../../templates/engine/overzicht.js'],
  ['files/probe.ts', '../core/errors.js'],
  ['db/probe.ts', '../files/replace-file.js'],
  ['api/handlers/probe.ts', '../../services/register/search.js'],
  ['api/contract/probe.ts', './operation.js'],
  ['api/contract/probe.ts', '../../core/model/search.js'],
  ['api/client/probe.ts', '../contract/index.js'],
  ['renderer/probe.ts', '../api/client/index.js'],
  ['renderer/register/probe.ts', '../../api/contract/index.js'],
  ['cli/probe.ts', '../api/dispatch.js'],
  ['cli/probe.ts', '../api/contract/index.js'],
  ['cli/probe.ts', '../core/errors.js'],
  ['cli/probe.ts', '../files/read-file.js'],
  ['cli/probe.ts', 'node:fs'],
  ['renderer/register/probe.ts', '../../core/model/register.js'],
  ['renderer/probe.ts', '../readability/index.js'],
];

describe('the import directions hold', () => {
  it.each(REFUSED.map(([file, source]) => ({ file, source })))(
    'refuses $source in $file',
    async ({ file, source }) => {
      const problems = await importProblems(file, source);
      expect(problems.length, `${file} may import ${source}`).toBe(1);
      expect(problems[0]).toMatch(/Imports run one way|browser|Only electron/);
    },
  );

  it.each(ALLOWED.map(([file, source]) => ({ file, source })))(
    'allows $source in $file',
    async ({ file, source }) => {
      expect(await importProblems(file, source)).toEqual([]);
    },
  );
});
