import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CLI,
  CREATED_ISO,
  examplePath,
  exampleInput,
  HUISSTIJL,
  makeTempDir,
  removeTempDir,
  requiredSections,
  runCli,
  SHIPPED_TYPES,
} from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

async function writeMemo(name: string, memo: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, typeof memo === 'string' ? memo : JSON.stringify(memo, null, 2));
  return file;
}

/** The "  - path: message" lines the CLI writes for bad input. */
function issueLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('  - '));
}

describe.each(SHIPPED_TYPES)('the example %s', (type) => {
  it('render exits 0 and writes exactly one file, a zip (PK) that reads back as the memo', async () => {
    const outDir = join(dir, 'uit');
    await mkdir(outDir);
    const out = join(outDir, `${type}.docx`);
    const result = await runCli(['render', examplePath(type), '--out', out, '--aangemaakt', CREATED_ISO]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Geschreven: ${out}\n`);
    expect(await readdir(outDir)).toEqual([`${type}.docx`]);
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const docx = readDocx(bytes);
    const memo = await exampleInput(type);
    expect(docx.paragraphs.map((p) => p.text)).toContain(memo.onderwerp);
  });

  it('validate exits 0, reports the memo, and writes nothing', async () => {
    const required = (await requiredSections(type)).length;
    const memo = await exampleInput(type);
    const result = await runCli(['validate', examplePath(type)], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `In orde: ${type} "${String(memo.onderwerp)}" met ${(memo.secties as unknown[]).length} secties (waarvan ${required} verplicht).\n`,
    );
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('render', () => {
  it('replaces an existing file at --out, leaving one file and no temporary ones', async () => {
    const out = join(dir, 'nota.docx');
    await writeFile(out, 'een oude versie');
    const result = await runCli(['render', examplePath('raadsmededeling'), '--out', out]);
    expect(result.code).toBe(0);
    expect(await readdir(dir)).toEqual(['nota.docx']);
    expect((await readFile(out)).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('takes a relative --out from the working directory and reports the absolute path', async () => {
    const result = await runCli(['render', examplePath('raadsmededeling'), '-o', 'relatief.docx'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Geschreven: ${join(dir, 'relatief.docx')}\n`);
    expect(await readdir(dir)).toEqual(['relatief.docx']);
  });

  it('accepts a memo file that starts with a byte order mark', async () => {
    const text = await readFile(examplePath('raadsmededeling'), 'utf8');
    const file = await writeMemo('bom.json', `\uFEFF${text}`);
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(0);
  });

  it('exits 2 without --out, naming the option, and writes nothing', async () => {
    const result = await runCli(['render', examplePath('informatienota')], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out');
    expect(await readdir(dir)).toEqual([]);
  });

  it('exits 2 for an --out in a folder that does not exist, naming --out, and creates nothing', async () => {
    const out = join(dir, 'bestaat-niet', 'nota.docx');
    const result = await runCli(['render', examplePath('informatienota'), '--out', out]);
    expect(result.code).toBe(2);
    expect(issueLines(result.stderr)).toEqual([
      `  - --out ${out}: de map bestaat niet; er is niets veranderd`,
    ]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('exits 2 for an --out that is a folder, leaving no temporary file next to it', async () => {
    const folder = join(dir, 'map');
    await mkdir(folder);
    const result = await runCli(['render', examplePath('informatienota'), '--out', folder]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out');
    expect(await readdir(dir)).toEqual(['map']);
    expect(await readdir(folder)).toEqual([]);
  });

  it('exits 2 for an --aangemaakt that is not a date, naming it', async () => {
    const out = join(dir, 'nota.docx');
    const result = await runCli([
      'render',
      examplePath('informatienota'),
      '--out',
      out,
      '--aangemaakt',
      'gisteren',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"gisteren"');
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['2026-02-30', 'bestaat niet in de kalender'],
    ['2026-02-29T10:00:00Z', 'bestaat niet in de kalender'],
    ['2026-04-31', 'bestaat niet in de kalender'],
    ['1979-12-31T23:59:59Z', 'van 1 januari 1980 tot en met 31 december 2107'],
    ['2108-01-01', 'van 1 januari 1980 tot en met 31 december 2107'],
    ['1980-01-01T00:30:00+01:00', 'van 1 januari 1980 tot en met 31 december 2107'],
  ])('exits 2 for --aangemaakt %s, which no DOCX can carry, saying why', async (moment, reason) => {
    const out = join(dir, 'nota.docx');
    const args = ['render', examplePath('informatienota'), '--out', out, '--aangemaakt', moment];
    const result = await runCli(args);
    expect(result.code).toBe(2);
    const first = result.stderr.split('\n')[0] ?? '';
    expect(first.startsWith(`Fout: --aangemaakt "${moment}" `)).toBe(true);
    expect(first).toContain(reason);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each(['1980-01-01T00:00:00Z', '2107-12-31T23:59:59Z', '2024-02-29'])(
    'takes --aangemaakt %s, at the edges of what a DOCX carries',
    async (moment) => {
      const out = join(dir, 'nota.docx');
      const result = await runCli([
        'render',
        examplePath('informatienota'),
        '--out',
        out,
        '--aangemaakt',
        moment,
      ]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(readDocx(await readFile(out)).coreXml).toContain(
        `>${new Date(moment).toISOString().replace('.000', '')}<`,
      );
    },
  );

  it('exits 2 for a SOURCE_DATE_EPOCH beyond what a DOCX carries, naming the range', async () => {
    const result = await runCli(['render', examplePath('informatienota'), '--out', join(dir, 'nota.docx')], {
      env: { SOURCE_DATE_EPOCH: '99999999999999999' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'Fout: SOURCE_DATE_EPOCH "99999999999999999" valt buiten de jaren die een DOCX-bestand kan bevatten: van 1 januari 1980 tot en met 31 december 2107 (UTC)',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('exits 2 for a SOURCE_DATE_EPOCH that is not a number', async () => {
    const out = join(dir, 'nota.docx');
    const result = await runCli(['render', examplePath('informatienota'), '--out', out], {
      env: { SOURCE_DATE_EPOCH: 'morgen' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SOURCE_DATE_EPOCH');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('bad input exits 2 and says what is wrong', () => {
  it('a memo file that does not exist', async () => {
    const missing = join(dir, 'nergens.json');
    const result = await runCli(['validate', missing]);
    expect(result.code).toBe(2);
    expect(issueLines(result.stderr)).toEqual([`  - ${missing}: bestand bestaat niet`]);
  });

  it.each([
    ['{ "type": "informatienota", ', 'de tekst houdt op voordat de JSON af is'],
    ['{\n  "type": "informatienota",\n  onderwerp: "x"\n}', 'op regel 3, kolom 3'],
    ['{ "type": "informatienota" }}', 'op regel 1, kolom 29'],
  ])('says in Dutch what is wrong with JSON that does not parse: %j', async (text, expected) => {
    const file = await writeMemo('kapot.json', text);
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: geen geldige JSON: `);
    expect(result.stderr).toContain(expected);
    expect(result.stderr).not.toMatch(/Unexpected|position/);
  });

  it.each([
    [['render', '--foo'], 'onbekende optie "--foo"'],
    [['check', 'nota.json', '--drempels'], '--drempels verwacht een waarde'],
    [['validate', 'nota.json', '--dry-run=ja'], '--dry-run neemt geen waarde'],
    [['check', 'nota.json', '--db', 'register.sqlite'], '--db hoort niet bij check'],
    [['render', 'nota.json', '--out', 'x.docx', '--status', 'open'], '--status hoort niet bij render'],
    [
      ['register', 'list', '--out', 'x.docx', '--mapping', 'm.json'],
      '--out, --mapping hoort niet bij register list',
    ],
  ])('refuses the command line %j in Dutch, naming the option', async (args, expected) => {
    const result = await runCli(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`Fout: ${expected}`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a memo file that is not JSON', async () => {
    const file = await writeMemo('kapot.json', '{ "type": "informatienota", ');
    for (const command of [
      ['validate', file],
      ['render', file, '--out', join(dir, 'x.docx')],
    ]) {
      const result = await runCli(command);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${file}: geen geldige JSON`);
    }
    expect(await readdir(dir)).toEqual(['kapot.json']);
  });

  it('a date in the wrong format, naming the field', async () => {
    const memo = await exampleInput('informatienota');
    memo.datum = '13-10-2026';
    const result = await runCli([
      'render',
      await writeMemo('nota.json', memo),
      '--out',
      join(dir, 'nota.docx'),
    ]);
    expect(result.code).toBe(2);
    expect(issueLines(result.stderr)).toEqual([
      '  - Datum is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-14',
    ]);
    expect(await readdir(dir)).toEqual(['nota.json']);
  });

  it('several schema violations at once, each named in the words of the document, with its field path', async () => {
    const memo = await exampleInput('informatienota');
    memo.versienummer = 'twee';
    memo.informanten = [{ naam: 'Joris', email: 'geen-mailadres' }];
    const secties = memo.secties as Record<string, unknown>[];
    delete secties[1]?.inhoud;
    delete memo.afdeling;
    const result = await runCli(['validate', await writeMemo('nota.json', memo)]);
    expect(result.code).toBe(2);
    // The path is left out where the label already says it: "Afdeling" is `afdeling`.
    expect(issueLines(result.stderr).sort()).toEqual([
      '  - Afdeling ontbreekt',
      '  - E-mail van informant 1 is geen e-mailadres (informanten[0].email)',
      '  - Inhoud van sectie "kernboodschap" ontbreekt (secties[1].inhoud)',
      '  - Versienummer moet een getal zijn, niet de tekst "twee"',
    ]);
  });

  it('an unknown memo type, naming the type field', async () => {
    const memo = await exampleInput('raadsmededeling');
    memo.type = 'brief';
    const result = await runCli(['validate', await writeMemo('nota.json', memo)]);
    expect(result.code).toBe(2);
    expect(issueLines(result.stderr)[0]).toMatch(/^ {2}- Type "brief" kent deze installatie niet; /);
  });

  it('a field the model does not know, naming it', async () => {
    const memo = await exampleInput('raadsmededeling');
    memo.samenvatting = 'Kort gezegd.';
    const result = await runCli(['validate', await writeMemo('nota.json', memo)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('samenvatting');
  });

  it('an unknown command', async () => {
    const result = await runCli(['publiceer', examplePath('informatienota')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('onbekende opdracht "publiceer"');
  });

  it('an unknown option', async () => {
    const result = await runCli(['validate', examplePath('informatienota'), '--snel']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--snel');
  });

  it('validate with two memo files', async () => {
    const result = await runCli(['validate', examplePath('informatienota'), examplePath('raadsmededeling')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('verwacht één notabestand');
  });

  it('no command at all, showing the usage on stderr', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Fout: geef een opdracht');
    expect(result.stderr).toContain('Gebruik:');
  });

  it('a --huisstijl folder without huisstijl.json', async () => {
    const result = await runCli(['validate', examplePath('informatienota'), '--huisstijl', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, 'huisstijl.json')}: bestand bestaat niet`);
  });

  it('a huisstijl with a wrong colour, naming the field', async () => {
    const huisstijl = JSON.parse(await readFile(join(HUISSTIJL, 'huisstijl.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    huisstijl.kleuren = { koppen: 'donkerblauw', tabelkop: 'DCE6F1' };
    await writeFile(join(dir, 'huisstijl.json'), JSON.stringify(huisstijl));
    await copyFile(join(HUISSTIJL, 'logo.png'), join(dir, 'logo.png'));
    const result = await runCli(['validate', examplePath('informatienota'), '--huisstijl', dir]);
    expect(result.code).toBe(2);
    expect(issueLines(result.stderr)).toEqual([
      expect.stringMatching(
        /^ {2}- Kleur van de koppen moet een kleur van zes hexadecimale tekens zijn, .*\(.*huisstijl\.json: kleuren\.koppen\)$/,
      ) as unknown,
    ]);
  });

  it('a huisstijl whose logo is not an image', async () => {
    const huisstijl = await readFile(join(HUISSTIJL, 'huisstijl.json'), 'utf8');
    await writeFile(join(dir, 'huisstijl.json'), huisstijl);
    await writeFile(join(dir, 'logo.png'), 'dit is geen plaatje');
    const result = await runCli(['validate', examplePath('informatienota'), '--huisstijl', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('logo.bestand');
    expect(result.stderr).toContain('PNG- of JPEG');
  });
});

describe('output to a reader that stops early', () => {
  it('finishes without a stack trace when the pipe closes, as with `| head`', async () => {
    const memo = await exampleInput('informatienota');
    const sentence = 'De gemeente werkt aan een plan voor de wijk en de raad wordt daarover geïnformeerd. ';
    const secties = memo.secties as Record<string, unknown>[];
    secties[0] = { ...secties[0], inhoud: `<p>${sentence.repeat(4000)}</p>` };
    const file = await writeMemo('lang.json', memo);
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'check', file], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => {
        child.stdout.destroy();
      });
      child.on('close', (code) => {
        resolve({ code, stderr });
      });
    });
    expect(result).toEqual({ code: 0, stderr: '' });
  });
});

describe('help', () => {
  it.each([['--help'], ['-h'], ['render', '--help']])(
    '%s exits 0 with the usage and the exit codes on stdout',
    async (...args) => {
      const result = await runCli(args);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('raadsnota render <nota.json> --out <bestand.docx>');
      expect(result.stdout).toContain('Exitcodes: 0 gelukt, 2 onjuiste invoer, 1 andere fout.');
    },
  );

  it('a wrong command line shows the usage on stderr, not stdout, and exits 2', async () => {
    const result = await runCli(['register']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Gebruik:');
  });
});

describe('a very long value on the command line', () => {
  const long = 'x'.repeat(100_000);

  /** The problem is named, and no line of stderr floods the terminal. */
  function expectShort(stderr: string, problem: string): void {
    expect(stderr).toContain(problem);
    expect(stderr.length).toBeLessThan(3_000);
    expect(Math.max(...stderr.split('\n').map((l) => l.length))).toBeLessThanOrEqual(500);
  }

  it.each([
    ['an option value', ['register', 'list', '--soort', long], '--soort is motie of toezegging, niet "xxx'],
    [
      'a date option value',
      ['render', 'nota.json', '--out', 'x.docx', '--aangemaakt', long],
      'is geen datum',
    ],
    ['a positional', [long], 'onbekende opdracht "xxx'],
    ['an unknown option name', ['validate', 'nota.json', `--${long}`], 'onbekende optie "--xxx'],
    ['a file path to read', ['validate', long], 'de naam is te lang voor het bestandssysteem'],
    [
      'a file path to write',
      ['render', examplePath('informatienota'), '--out', long],
      'de naam is te lang voor het bestandssysteem',
    ],
  ])('%s is shortened in the message, exit 2', async (_, args, problem) => {
    const result = await runCli(args, { cwd: dir });
    expect(result.code).toBe(2);
    expectShort(result.stderr, problem);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a JSON key and value with spaces in them are shortened in the message, exit 2', async () => {
    const memo = await exampleInput('informatienota');
    memo['een sleutel '.repeat(10_000)] = 1;
    memo.kenmerk = 'een waarde '.repeat(10_000);
    const result = await runCli(['validate', await writeMemo('nota.json', memo)]);
    expect(result.code).toBe(2);
    expectShort(result.stderr, 'een sleutel een sleutel');
    expect(result.stderr).toContain('Kenmerk mag hoogstens 64 tekens hebben');
  });
});
