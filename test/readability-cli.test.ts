// `raadsnota check`, run as a user would: the text report, the JSON for tools with exact ranges, the exit codes.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../readability/index.js';
import { BUNDLE, examplePath, exampleInput, makeTempDir, removeTempDir, runCli } from './helpers/assets.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

interface JsonSection {
  path: string;
  title: string;
  verdict: string;
  tooShortToScore: boolean;
  figures: Record<string, number | null>;
  findings: Finding[];
}
interface JsonReport {
  memo: { file: string; type: string; onderwerp: string };
  formula: string;
  thresholds: { zinslengte: { hint: number; waarschuwing: number } };
  verdict: string;
  figures: Record<string, number | null>;
  sections: JsonSection[];
}

/** 31 words, counted by hand. */
const LONG =
  'Wij willen dat ieder kind in onze stad veilig kan zwemmen en daarom betalen wij de zwemles voor alle kinderen, ' +
  'ook als hun ouders de les zelf niet goed kunnen betalen.';

/** The example memo with sections written for this test; the free section comes first in the file. */
async function testMemo(): Promise<{ file: string; inhoud: string[] }> {
  const memo = await exampleInput('informatienota');
  const inhoud = [
    '<p>Wij schrijven u inzake de zwemles &amp; het schoolzwemmen.</p>',
    `<p>Kort.</p>\n<p>${LONG}</p>`,
    '<p>De wachtlijst wordt door het zwembad bijgehouden.</p>',
    '<p>Het kost € 186.000.</p>',
    '<p>Deze informatienota is openbaar.</p>',
  ];
  memo.secties = [
    { titel: 'Wat wij hebben gedaan', inhoud: inhoud[0] },
    { sleutel: 'inleiding', inhoud: inhoud[1] },
    { sleutel: 'kernboodschap', inhoud: inhoud[2] },
    { sleutel: 'financiele-consequenties', inhoud: inhoud[3] },
    { sleutel: 'openbaarheid', inhoud: inhoud[4] },
  ];
  const file = join(dir, 'nota.json');
  await writeFile(file, JSON.stringify(memo));
  return { file, inhoud };
}

describe('raadsnota check', () => {
  it('prints a Dutch report per section for the example memo, and exits 0', async () => {
    const result = await runCli(['check', examplePath('informatienota')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^B1-check van informatienota ‘Zwemles voor kinderen/);
    expect(result.stdout).toContain(
      'Flesch–Douma = 206,835 − 0,93 × (woorden ÷ zinnen) − 77 × (lettergrepen ÷ woorden)',
    );
    const headers = lines.filter((l) => / — (B1 waarschijnlijk gehaald|let op|te moeilijk)/.test(l));
    expect(headers.map((l) => l.split(' — ')[0])).toEqual([
      'Inleiding',
      'Kernboodschap',
      'Wat wij hebben gedaan',
      'Vervolg',
      'Financiële consequenties',
      'Openbaarheid',
      'Hele nota',
    ]);
    expect(result.stdout).toMatch(/regel 1, kolom \d+ {2}lijdende vorm: ‘zijn uitgevoerd’/);
    expect(result.stdout).toMatch(
      /gemiddeld \d+,\d woorden per zin · \d+,\d% lange woorden · Flesch–Douma \d+,\d/,
    );
  });

  it('gives tools the full result as JSON, with ranges into each section’s stored text', async () => {
    const { file, inhoud } = await testMemo();
    const result = await runCli(['check', file, '--format', 'json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['memo', 'formula', 'thresholds', 'verdict', 'figures', 'sections']);
    expect(report.memo).toMatchObject({ file, type: 'informatienota' });
    // Document order: the manifest's, with the free section in its slot; each located by its place in the file.
    expect(report.sections.map((s) => [s.title, s.path])).toEqual([
      ['Inleiding', 'secties[1].inhoud'],
      ['Kernboodschap', 'secties[2].inhoud'],
      ['Wat wij hebben gedaan', 'secties[0].inhoud'],
      ['Financiële consequenties', 'secties[3].inhoud'],
      ['Openbaarheid', 'secties[4].inhoud'],
    ]);
    const [inleiding, kern, vrij] = report.sections;
    const slice = (section: JsonSection | undefined, f: Finding | undefined): string => {
      const index = Number(/\[(\d+)\]/.exec(section?.path ?? '')?.[1]);
      return (inhoud[index] ?? '').slice(f?.start, f?.end);
    };

    const long = inleiding?.findings[0];
    expect(inleiding?.findings).toHaveLength(1);
    expect(long).toMatchObject({
      kind: 'long-sentence',
      severity: 'warning',
      label: 'lange zin (31 woorden)',
    });
    expect(slice(inleiding, long)).toBe(LONG);
    expect(long).toMatchObject({ line: 2, column: 4 });
    expect(Object.keys(long ?? {})).toEqual([
      'kind',
      'severity',
      'start',
      'end',
      'line',
      'column',
      'text',
      'label',
      'explanation',
      'suggestion',
    ]);

    const passive = kern?.findings[0];
    expect(slice(kern, passive)).toBe('wordt door het zwembad bijgehouden');
    expect(passive?.suggestion).toContain('‘het zwembad’');

    const ambtelijk = vrij?.findings[0];
    expect(slice(vrij, ambtelijk)).toBe('inzake');
    expect(ambtelijk).toMatchObject({
      kind: 'ambtelijk-woord',
      line: 1,
      column: 20,
      suggestion: 'Schrijf liever ‘over’.',
    });
    expect(report.verdict).toBe('let op');
  });

  it('exits 0 whatever it finds: a check is advice, not a gate', async () => {
    const { file } = await testMemo();
    const result = await runCli(['check', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('lange zin (31 woorden), waarschuwing:');
    expect(result.stdout).toContain('Hele nota — let op');
  });

  it('reports a 1.4 MB memo with 50,000 findings in both formats, and exits 0', async () => {
    const memo = await exampleInput('informatienota');
    const sections = memo.secties as { inhoud: string }[];
    // Two findings in each sentence: an ambtelijk woord and the passive.
    const sentence = 'Het plan is middels een brief vastgesteld door de raad. ';
    (sections[0] as { inhoud: string }).inhoud = `<p>${sentence.repeat(25_000)}</p>`;
    const file = join(dir, 'groot.json');
    await writeFile(file, JSON.stringify(memo));
    for (const format of ['text', 'json']) {
      const result = await runCli(['check', file, '--format', format]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout.split('lijdende vorm').length - 1).toBeGreaterThanOrEqual(25_000);
      expect(result.stdout.split('middels').length - 1).toBeGreaterThanOrEqual(25_000);
    }
  });

  it('takes thresholds from --drempels, and refuses a wrong file with the field named', async () => {
    const { file } = await testMemo();
    const strict = join(dir, 'streng.json');
    await writeFile(strict, JSON.stringify({ zinslengte: { hint: 5 } }));
    const result = await runCli(['check', file, '--drempels', strict, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.thresholds.zinslengte).toEqual({ hint: 5, waarschuwing: 30 });
    expect(report.sections[2]?.findings.map((f) => f.label)).toContain('lange zin (8 woorden)');

    const wrong = join(dir, 'fout.json');
    await writeFile(wrong, JSON.stringify({ zinslengte: { hint: 'twintig' } }));
    const refused = await runCli(['check', file, '--drempels', wrong]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`  - ${wrong}: zinslengte.hint: `);
  });
});

describe('the text report', () => {
  it('shows thresholds from --drempels as written, not rounded', async () => {
    const { file } = await testMemo();
    const drempels = join(dir, 'drempels.json');
    await writeFile(
      drempels,
      JSON.stringify({ oordeel: { fleschDouma: { letOpOnder: 62.5, teMoeilijkOnder: 44.5 } } }),
    );
    const result = await runCli(['check', file, '--drempels', drempels]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(B1: 62,5 of meer)');
    expect(result.stdout).toContain('bij een Flesch–Douma onder 44,5,');
    expect(result.stdout).toContain('bij een score onder 62,5,');
    expect(result.stdout).toContain('meer dan 20 woorden per zin');
  });

  it('cuts a long excerpt between characters, never inside an emoji', async () => {
    const memo = await exampleInput('informatienota');
    const secties = memo.secties as Record<string, unknown>[];
    // 68 characters, then an emoji: a cut after 69 code units would fall inside it.
    const sentence = `${'a'.repeat(59)} bbbbbbb 😀😀 ${'woord '.repeat(30)}einde.`;
    secties[0] = { ...secties[0], inhoud: `<p>${sentence}</p>` };
    const file = join(dir, 'nota.json');
    await writeFile(file, JSON.stringify(memo));
    const result = await runCli(['check', file]);
    const line = result.stdout.split('\n').find((l) => l.includes('lange zin'));
    expect(line).toContain('bbbbbbb 😀…’');
    expect(result.stdout).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });

  it('reads the sections the document leaves out too, and says so', async () => {
    const memo = await exampleInput('informatienota');
    const secties = memo.secties as Record<string, unknown>[];
    secties.push({ sleutel: 'kernboodschap', inhoud: '<p>Een tweede kernboodschap.</p>' });
    secties.push({ sleutel: 'bestaat-niet', inhoud: '<p>Een sectie die geen nota kent.</p>' });
    const file = join(dir, 'nota.json');
    await writeFile(file, JSON.stringify(memo));
    const result = await runCli(['check', file, '--format', 'json']);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.sections.slice(-2).map((section) => [section.title, section.path])).toEqual([
      ['Kernboodschap (niet in het document)', `secties[${secties.length - 2}].inhoud`],
      ['bestaat-niet (niet in het document)', `secties[${secties.length - 1}].inhoud`],
    ]);
  });
});

describe('the bundled CLI with the check in it', () => {
  it('holds no character beyond Latin-1, so that V8 keeps its source at one byte a character', async () => {
    // A regular expression with, say, a typographic apostrophe in it would make the whole 1.7 MB source a
    // two-byte string, and every render would take some 3 MB more memory.
    await runCli(['--help']);
    const source = await readFile(BUNDLE, 'utf8');
    expect(source.match(/[\u0100-\u{10ffff}]/gu) ?? []).toEqual([]);
  });
});

describe('raadsnota check with bad input exits 2', () => {
  it('for a wrong --format, naming it', async () => {
    const result = await runCli(['check', examplePath('informatienota'), '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format is text of json, niet "xml"');
    expect(result.stdout).toBe('');
  });

  it('for a memo file that does not exist', async () => {
    const missing = join(dir, 'nergens.json');
    const result = await runCli(['check', missing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`  - ${missing}: bestand bestaat niet`);
  });

  it('for a memo file that is not JSON', async () => {
    const file = join(dir, 'kapot.json');
    await writeFile(file, '{ "type": ');
    const result = await runCli(['check', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: geen geldige JSON`);
  });

  it('for a memo that fails the schema, naming the field', async () => {
    const memo = await exampleInput('raadsmededeling');
    memo.datum = 'gisteren';
    const file = join(dir, 'nota.json');
    await writeFile(file, JSON.stringify(memo));
    const result = await runCli(['check', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ {2}- Datum is geen geldige datum; /m);
  });

  it('without a memo file', async () => {
    const result = await runCli(['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('check verwacht één notabestand');
  });
});
