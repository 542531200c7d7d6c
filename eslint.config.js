// Lint rules also say where code may run and which way imports go (ARCHITECTURE.md, "Layout"):
// cli and electron → services → templates, db, readability → core; core → nothing; renderer → core and readability.
// Only electron/ imports Electron; code that also runs in the browser (core, readability, renderer) uses no Node
// built-ins, and the renderer no Node-only package. `test/lint-boundaries.test.ts` breaks each rule on purpose.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ELECTRON = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/ may import Electron; the rest runs in plain Node.',
};
const NODE = { group: ['node:*'], message: 'This code also runs in the browser: no Node built-ins.' };
const NODE_ONLY = {
  group: [
    'better-sqlite3',
    'exceljs',
    'iconv-lite',
    'csv-parse',
    'csv-parse/*',
    'csv-stringify',
    'csv-stringify/*',
  ],
  message: 'The renderer runs in the browser: Node-only packages are reached through the API.',
};
/** Any relative import that climbs into the folder `dir`, however deep the importing file sits. */
const up = (...dirs) =>
  dirs.map((dir) => ({
    regex: `^(\\.{1,2}/)+${dir}(/|$)`,
    message: `Imports run one way; ${dir}/ is not reachable from here.`,
  }));

const banned = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: patterns.flat() }] });

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['core/**'],
    rules: banned(
      ELECTRON,
      NODE,
      up('readability', 'templates', 'db', 'services', 'cli', 'electron', 'renderer'),
    ),
  },
  {
    files: ['readability/**'],
    rules: banned(ELECTRON, NODE, up('templates', 'db', 'services', 'cli', 'electron', 'renderer')),
  },
  {
    files: ['templates/**'],
    rules: banned(ELECTRON, up('readability', 'db', 'services', 'cli', 'electron', 'renderer')),
  },
  {
    files: ['db/**'],
    rules: banned(ELECTRON, up('readability', 'templates', 'services', 'cli', 'electron', 'renderer')),
  },
  { files: ['services/**'], rules: banned(ELECTRON, up('cli', 'electron', 'renderer')) },
  { files: ['cli/**'], rules: banned(ELECTRON, up('electron', 'renderer')) },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: banned(ELECTRON, NODE, NODE_ONLY, up('templates', 'db', 'services', 'cli', 'electron')),
  },
  {
    // Spreading a list into a call passes each item as an argument: past some 120,000 items the stack overflows.
    files: [
      'core/**',
      'db/**',
      'services/**',
      'templates/**',
      'readability/**',
      'cli/**',
      'renderer/**',
      'electron/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message:
            'A long list spread into a call overflows the stack; use append() from core/lists.ts, a loop or reduce.',
        },
      ],
    },
  },
  { files: ['bench/**', 'scripts/**', 'test/**'], rules: { 'no-console': 'off' } },
);
