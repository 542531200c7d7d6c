// SECURITY.md promises that Raadsnota keeps the municipality's data on the machine: no command reaches the network.
// Each command runs here with every network function of Node replaced by one that throws (helpers/no-network.cjs),
// and must still do its work.
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, makeTempDir, removeTempDir, ROOT, runCli } from './helpers/assets.js';

const NO_NETWORK = join(ROOT, 'test', 'helpers', 'no-network.cjs');

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeTempDir(dir));

const offline = (args: string[]) =>
  runCli(args, {
    cwd: dir,
    env: { NODE_OPTIONS: `--require ${NO_NETWORK}`, XDG_CONFIG_HOME: join(dir, 'gebruiker'), HOME: dir },
  });

describe('no command reaches the network', () => {
  it('the guard works: a process that tries to connect fails', async () => {
    const { execFile } = await import('node:child_process');
    const code = await new Promise<number | null>((resolve) => {
      execFile(
        process.execPath,
        ['--require', NO_NETWORK, '-e', "require('node:https').get('https://voorbeeld.nl')"],
        (error) => {
          resolve(error ? (error.code as number) : 0);
        },
      );
    });
    expect(code).not.toBe(0);
  });

  const commands = [
    ['render', join(EXAMPLES, 'informatienota.json'), '--out', 'nota.docx'],
    ['validate', join(EXAMPLES, 'raadsmededeling.json')],
    ['check', join(EXAMPLES, 'informatienota.json')],
    ['schema'],
    ['register', 'import', join(EXAMPLES, 'import', 'moties.csv')],
    ['register', 'import', join(EXAMPLES, 'import', 'toezeggingen.xlsx')],
    ['register', 'list', '--search', 'buurthuis'],
    ['register', 'overview', '--out', 'stand.docx'],
    ['register', 'overview', '--out', 'stand.csv'],
    ['register', 'repair'],
    ['kenmerk'],
    ['backup', '--out', 'reservekopie.sqlite'],
    ['restore', 'reservekopie.sqlite'],
  ];
  // In this order: the later commands read the register the imports made.
  it.each(commands.map((args) => ({ args, shown: args.map((a) => basename(a)).join(' ') })))(
    'raadsnota $shown works offline',
    async ({ args }) => {
      const result = await offline(args);
      expect(result.stderr).not.toContain('no-network');
      expect(result.code, result.stderr).toBe(0);
    },
  );
});
