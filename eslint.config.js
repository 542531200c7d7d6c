// Lint rules also say where code may run and which way imports go:
// renderer → core (API types); cli and electron → services → templates, db → core; core → nothing;
// cli → readability → core (the B1 check: pure, also runs in the browser).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const banned = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: groups.map(([group, message]) => ({ group, message })),
    },
  ],
});

const ELECTRON = [
  ['electron', 'electron/*'],
  'Only electron/ may import Electron; the rest runs in plain Node.',
];
const NODE = [['node:*'], 'This code also runs in the browser: no Node built-ins.'];
const up = (dir) => [
  [`**/${dir}/**`, `../${dir}/*`, `../../${dir}/*`],
  `Imports run one way; ${dir}/ is not reachable from here.`,
];

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
  { files: ['core/**'], rules: banned(ELECTRON, NODE, up('templates'), up('db'), up('cli'), up('renderer')) },
  {
    files: ['readability/**'],
    rules: banned(ELECTRON, NODE, up('templates'), up('db'), up('cli'), up('renderer'), up('services')),
  },
  { files: ['templates/**'], rules: banned(ELECTRON, up('db'), up('cli'), up('renderer')) },
  { files: ['db/**'], rules: banned(ELECTRON, up('templates'), up('cli'), up('renderer')) },
  { files: ['services/**'], rules: banned(ELECTRON, up('renderer'), up('cli')) },
  { files: ['cli/**'], rules: banned(ELECTRON, up('renderer')) },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: banned(ELECTRON, NODE, up('templates'), up('db'), up('cli')),
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
