// Lint rules also say where code may run and which way imports go (ARCHITECTURE.md, "Layout"):
// doors (cli, electron) → api → services → templates, db, readability → files → core; core → nothing. A door reaches
// the work through the api only (and core's types, and files/ to read and write the files it names). The renderer
// reaches core, readability and the api's browser-safe half (api/contract, api/client) only.
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
/** Any relative import that climbs into the api's Node half, from a file outside api/ (its contract and client are browser-safe). */
const API_NODE = {
  regex: '^(\\.{1,2}/)+api/(?!contract/|client/)',
  message: 'Only the api/contract and api/client parts of the API run in the browser.',
};
/** Within api/contract or api/client: any import of the api's Node half. */
const API_NODE_SIBLING = {
  regex: '^\\.\\./(?!contract/|client/|\\.\\./)',
  message: 'The contract and the client run in the browser: they reach only each other and core.',
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
      up('files', 'readability', 'templates', 'db', 'services', 'api', 'cli', 'electron', 'renderer'),
    ),
  },
  {
    files: ['readability/**'],
    rules: banned(
      ELECTRON,
      NODE,
      up('files', 'templates', 'db', 'services', 'api', 'cli', 'electron', 'renderer'),
    ),
  },
  {
    files: ['files/**'],
    rules: banned(
      ELECTRON,
      up('readability', 'templates', 'db', 'services', 'api', 'cli', 'electron', 'renderer'),
    ),
  },
  {
    files: ['templates/**'],
    rules: banned(ELECTRON, up('readability', 'db', 'services', 'api', 'cli', 'electron', 'renderer')),
  },
  {
    files: ['db/**'],
    rules: banned(ELECTRON, up('readability', 'templates', 'services', 'api', 'cli', 'electron', 'renderer')),
  },
  { files: ['services/**'], rules: banned(ELECTRON, up('api', 'cli', 'electron', 'renderer')) },
  { files: ['api/**'], rules: banned(ELECTRON, up('cli', 'electron', 'renderer')) },
  {
    files: ['api/contract/**', 'api/client/**'],
    rules: banned(
      ELECTRON,
      NODE,
      NODE_ONLY,
      API_NODE_SIBLING,
      up('files', 'templates', 'db', 'services', 'cli', 'electron', 'renderer'),
    ),
  },
  {
    files: ['cli/**'],
    rules: banned(ELECTRON, up('services', 'db', 'templates', 'readability', 'electron', 'renderer')),
  },
  // Electron's door, like the CLI's, reaches the work through the api; its register host runs the api's Node half.
  {
    files: ['electron/**'],
    rules: banned(up('services', 'db', 'templates', 'readability', 'cli', 'renderer')),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: banned(
      ELECTRON,
      NODE,
      NODE_ONLY,
      API_NODE,
      up('files', 'templates', 'db', 'services', 'cli', 'electron'),
    ),
  },
  {
    // Spreading a list into a call passes each item as an argument: past some 120,000 items the stack overflows.
    files: [
      'core/**',
      'files/**',
      'api/**',
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
