import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, testContext } from './helpers/api.js';
import { examplePath, makeTempDir, removeTempDir, runCli } from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';

let dir: string;
let db: string;
beforeEach(async () => {
  dir = await makeTempDir();
  db = join(dir, 'register.sqlite');
});
afterEach(async () => {
  await removeTempDir(dir);
});

const EXAMPLE = examplePath('informatienota');

async function importExample(): Promise<void> {
  const result = await runCli(['memo', 'import', EXAMPLE, '--db', db]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

describe('raadsnota memo import and export', () => {
  it('reads a memo file into the register and writes it back as a file that render accepts', async () => {
    const imported = await runCli(['memo', 'import', EXAMPLE, '--db', db]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(
      'Ingelezen als nota 1, informatienota ‘Zwemles voor kinderen uit gezinnen met een laag inkomen (M-23 Begroting 2026 en M-07 Voorjaarsnota 2026)’ (concept).\n' +
        '  motie M-23 (2025): nieuw in het register opgenomen en gekoppeld\n' +
        '  motie M-07 (2026): nieuw in het register opgenomen en gekoppeld\n' +
        '  toezegging 211 (2026): nieuw in het register opgenomen en gekoppeld\n',
    );
    const register = await runCli(['register', 'list', '--db', db]);
    expect(register.stdout).toContain('3 gevonden.');

    const out = join(dir, 'uit.json');
    const exported = await runCli(['memo', 'export', '1', '--out', out, '--db', db]);
    expect(exported).toEqual({ code: 0, stdout: `Geschreven: ${out}\n`, stderr: '' });
    const written = JSON.parse(await readFile(out, 'utf8')) as unknown;
    expect(written).toEqual(JSON.parse(await readFile(EXAMPLE, 'utf8')));

    const docx = join(dir, 'nota.docx');
    const rendered = await runCli(['render', out, '--out', docx, '--aangemaakt', '2026-10-13']);
    expect(rendered.code).toBe(0);
    const text = readDocx(new Uint8Array(await readFile(docx)))
      .paragraphs.map((p) => p.text)
      .join('\n');
    expect(text).toContain('motie M-23 ‘Iedereen zwemveilig’');
  });

  it('links the items of a second import of the same file, adding none', async () => {
    await importExample();
    const again = await runCli(['memo', 'import', EXAMPLE, '--db', db]);
    expect(again.stdout).toContain('Ingelezen als nota 2');
    expect(again.stdout).toContain('  motie M-23 (2025): gekoppeld\n');
    expect(again.stdout).not.toContain('opgenomen');
  });

  it('exports a memo that is not complete yet, and says on stderr what render will miss', async () => {
    const ctx = testContext(dir);
    try {
      await call(ctx, 'memos.create', { type: 'informatienota', onderwerp: 'Bankjes in het park' });
    } finally {
      ctx.db.close();
    }
    const out = join(dir, 'concept.json');
    const result = await runCli(['memo', 'export', '1', '--out', out, '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'Let op: de nota is nog niet compleet; render weigert haar totdat dit is ingevuld:',
    );
    expect(result.stderr).toContain('  - kenmerk:');
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({
      onderwerp: 'Bankjes in het park',
      moties: [],
    });
  });
});

describe('raadsnota memo list and show', () => {
  it('lists by status and words, and shows one memo with what it answers and its history', async () => {
    await importExample();
    const list = await runCli(['memo', 'list', '--search', 'zwemles inkomen', '--db', db]);
    expect(list.stdout).toMatch(/^nota 1 {2}concept {2}2026-004512 {2}Zwemles voor kinderen/);
    expect(list.stdout).toContain('1 gevonden.');
    const none = await runCli([
      'memo',
      'list',
      '--status',
      'verzonden',
      '--status',
      'B&W-besluit',
      '--db',
      db,
    ]);
    expect(none.stdout).toBe('0 gevonden.\n');

    const show = await runCli(['memo', 'show', '1', '--db', db]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Status: concept (versie 1, revisie 1); kenmerk: 2026-004512');
    expect(show.stdout).toContain('  motie M-07 (2026, id 2): Zwemdiploma binnen bereik');
    expect(show.stdout).toContain('  toezegging 211 (2026, id 1): de raad vóór de begrotingsbehandeling');
    expect(show.stdout).toMatch(/Historie:\n {2}\S+ {2}\S+ {2}ingelezen \(concept\)\n$/);
  });
});

describe('raadsnota memo refuses bad input with exit 2', () => {
  it.each([
    ['a number that is no number', ['memo', 'show', 'twee'], /Fout: "twee" is geen notanummer/],
    [
      'a status that does not exist',
      ['memo', 'list', '--status', 'klaar'],
      /--status "klaar" bestaat niet; kies uit concept/,
    ],
    ['an option of another command', ['memo', 'list', '--out', 'x.json'], /--out hoort niet bij memo list/],
    ['an export without --out', ['memo', 'export', '1'], /memo export verwacht --out <nota.json>/],
    ['an unknown subcommand', ['memo', 'bewaar'], /onbekende notaopdracht "bewaar"/],
  ])('%s', async (_what, args, message) => {
    const result = await runCli([...args, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('a memo that is not in the register', async () => {
    await importExample();
    for (const args of [
      ['memo', 'show', '7'],
      ['memo', 'export', '7', '--out', join(dir, 'x.json')],
    ]) {
      const result = await runCli([...args, '--db', db]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('er staat geen nota met id 7 in het register\n');
    }
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });

  it('a file that is missing, is not JSON, or is not a memo; nothing is stored', async () => {
    const broken = join(dir, 'kapot.json');
    await writeFile(broken, '{"type": "informatienota",');
    const wrong = join(dir, 'fout.json');
    await writeFile(
      wrong,
      JSON.stringify({ ...JSON.parse(await readFile(EXAMPLE, 'utf8')), datum: '13-10-2026' }),
    );
    const cases: [string, RegExp][] = [
      [join(dir, 'weg.json'), /weg\.json: bestand bestaat niet/],
      [broken, /kapot\.json: geen geldige JSON: de tekst houdt op voordat de JSON af is/],
      [wrong, / {2}- Datum is geen geldige datum/],
    ];
    for (const [file, message] of cases) {
      const result = await runCli(['memo', 'import', file, '--db', db]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    expect(existsSync(db)).toBe(false);
  });
});
