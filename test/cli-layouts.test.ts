// The CLI bundle runs wherever it is unpacked: it carries the register's migrations inside, and finds the templates
// and the huisstijl through one place (api/locations.ts), beside the bundle. Run from a copy of the installed layout
// (bin/, dist/, templates/ and the native modules), without the sources and without db/migrations.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, makeTempDir, removeTempDir, ROOT, runCli } from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';

const run = promisify(execFile);
let dir: string;
let app: string;

beforeAll(async () => {
  // Built by npm test before the suites; runCli builds it when it is missing.
  await runCli(['--help']);
  dir = await makeTempDir();
  app = join(dir, 'raadsnota');
  await mkdir(app);
  for (const part of ['bin', 'dist', 'templates'])
    await cp(join(ROOT, part), join(app, part), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
  // A huisstijl the copy alone has: the render must show it, not the repository's.
  const huisstijl = join(app, 'templates', 'huisstijl', 'gemeente-voorbeeld', 'huisstijl.json');
  const style = JSON.parse(await readFile(huisstijl, 'utf8')) as Record<string, unknown>;
  await writeFile(huisstijl, JSON.stringify({ ...style, gemeente: 'Gemeente Elders' }));
});

afterAll(async () => {
  await removeTempDir(dir);
});

const raadsnota = (args: string[]) =>
  run(process.execPath, [join(app, 'bin', 'raadsnota.cjs'), ...args], { cwd: dir, encoding: 'utf8' });

describe('the CLI bundle in a layout of its own', () => {
  it('makes and migrates a register with the migrations it carries', async () => {
    const db = join(dir, 'register.sqlite');
    const imported = await raadsnota([
      'register',
      'import',
      join(EXAMPLES, 'import', 'moties.csv'),
      '--db',
      db,
    ]);
    expect(imported.stdout).toMatch(/Ingelezen: \d+ toegevoegd/);
    const listed = await raadsnota(['register', 'list', '--db', db]);
    expect(listed.stdout).toMatch(/\d+ gevonden\./);
  });

  it('renders with the templates and huisstijl beside it', async () => {
    const out = join(dir, 'nota.docx');
    await raadsnota(['render', join(EXAMPLES, 'informatienota.json'), '--out', out]);
    const docx = readDocx(await readFile(out));
    const shown = [docx.documentXml, ...docx.headers].join(' ');
    expect(shown).toContain('Gemeente Elders');
  });
});
