// The "kennis te nemen van" block: the composed sentence in correct Dutch in every case, and the writer's own
// voorgesteld besluit printed as written, in the memo's block and on the council's besluit page.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Memo } from '../core/model/memo.js';
import type { MotieVerwijzing, ToezeggingVerwijzing } from '../core/model/memo.js';
import { MemoConcept } from '../core/model/memo-concept.js';
import { memoJsonSchema } from '../services/memos/schema.js';
import { composeKennisname, kennisnameOf } from '../core/kennisname.js';
import { noBreakSpaces } from '../templates/engine/typography.js';
import {
  baseMemo,
  exampleInput,
  FIXTURES,
  issuesOf,
  makeTempDir,
  removeTempDir,
  renderAndRead,
  runCli,
  parseShipped,
  assets,
} from './helpers/assets.js';
import { readDocx, type DocxPackage } from './helpers/docx.js';

const LEAD = 'Wij stellen u voor kennis te nemen van:';

const m4: MotieVerwijzing = {
  nummer: 'M-4',
  titel: 'Bankjes langs de Dijkweg',
  datumAangenomen: '2025-11-06',
  vergadering: 'Begroting 2026',
};
const m19: MotieVerwijzing = {
  nummer: 'M-19',
  titel: 'Meer groen op schoolpleinen',
  datumAangenomen: '2026-01-29',
  vergadering: 'raadsvergadering van januari',
};
const t87: ToezeggingVerwijzing = {
  nummer: '87',
  omschrijving: 'de raad te informeren over de kosten van het onderhoud',
  gedaanOp: '2026-05-12',
  vergadering: 'commissie Ruimte',
  gedaanDoor: 'wethouder Jansen',
};
const t90: ToezeggingVerwijzing = {
  nummer: '90',
  omschrijving: 'Een brief over de bomenkap',
  gedaanOp: '2026-06-02',
  vergadering: 'raadsvergadering van juni',
};

const M4 = 'motie M-4 ‘Bankjes langs de Dijkweg’ (aangenomen op 6 november 2025, Begroting 2026)';
const M19 =
  'motie M-19 ‘Meer groen op schoolpleinen’ (aangenomen op 29 januari 2026, raadsvergadering van januari)';
const T87 =
  'toezegging 87 ‘de raad te informeren over de kosten van het onderhoud’ ' +
  '(gedaan op 12 mei 2026 door wethouder Jansen, commissie Ruimte)';
const T90 = 'toezegging 90 ‘Een brief over de bomenkap’ (gedaan op 2 juni 2026, raadsvergadering van juni)';

describe('composeKennisname: the object of "kennis te nemen van", one sentence in correct Dutch', () => {
  it.each([
    [
      'nothing answered, a subject in lower case',
      'het onderhoud van de bruggen',
      [],
      [],
      'de informatie over ‘het onderhoud van de bruggen’.',
    ],
    [
      'nothing answered, a subject with a capital',
      'Uitbouw wijkgericht werken',
      [],
      [],
      'de informatie over ‘Uitbouw wijkgericht werken’.',
    ],
    [
      'nothing answered, a subject that starts with a proper noun',
      'Zwolle-Zuid krijgt een buurthuis',
      [],
      [],
      'de informatie over ‘Zwolle-Zuid krijgt een buurthuis’.',
    ],
    ['one motie', 'x', [m4], [], `de reactie van het college op ${M4}.`],
    ['two moties', 'x', [m4, m19], [], `de reactie van het college op ${M4} en ${M19}.`],
    ['one toezegging', 'x', [], [t87], `de reactie van het college op ${T87}.`],
    [
      'two toezeggingen, one without "gedaan door"',
      'x',
      [],
      [t87, t90],
      `de reactie van het college op ${T87} en ${T90}.`,
    ],
    ['a motie and a toezegging', 'x', [m4], [t87], `de reactie van het college op ${M4} en ${T87}.`],
    [
      'two moties and two toezeggingen, moties first',
      'x',
      [m4, m19],
      [t87, t90],
      `de reactie van het college op ${M4}, ${M19}, ${T87} en ${T90}.`,
    ],
  ] as const)('%s', (_case, onderwerp, moties, toezeggingen, expected) => {
    const sentence = composeKennisname(onderwerp, moties, toezeggingen);
    expect(sentence).toBe(expected);
    // It continues the sentence after the colon: no capital at its start, one full stop at its end.
    expect(sentence).toMatch(/^\p{Ll}/u);
    expect(sentence).toMatch(/[^.]\.$/u);
  });

  it('never changes the case of what the writer or the register wrote', () => {
    const sentence = composeKennisname('IJsbaan De Vijf Heuvels', [], []);
    expect(sentence).toContain('‘IJsbaan De Vijf Heuvels’');
  });
});

describe('kennisnameOf: the writer’s voorgesteld besluit replaces the composed sentence', () => {
  it('takes the composed sentence when the writer wrote none', async () => {
    const memo = await baseMemo('informatienota');
    expect(kennisnameOf(memo)).toBe(composeKennisname(memo.onderwerp, memo.moties, memo.toezeggingen));
  });

  it('takes the writer’s text exactly, capital and punctuation as written, even with moties', async () => {
    const memo = { ...(await baseMemo('informatienota')), voorgesteldBesluit: 'De evaluatie van 2025!' };
    expect(kennisnameOf(memo)).toBe('De evaluatie van 2025!');
  });
});

describe('the voorgesteldBesluit field', () => {
  it('is optional, plain text, described in Dutch in the JSON Schema of every memo type', async () => {
    const branches = (memoJsonSchema((await assets()).types).oneOf ?? []) as {
      properties: Record<string, { type?: string; description?: string }>;
      required: string[];
    }[];
    expect(branches.length).toBeGreaterThan(1);
    for (const branch of branches) {
      const field = branch.properties.voorgesteldBesluit;
      expect(field?.type).toBe('string');
      expect(field?.description).toMatch(/kennis te nemen van/);
      expect(branch.required).not.toContain('voorgesteldBesluit');
    }
  });

  it('is kept in a memo concept as the register stores it', () => {
    const concept = MemoConcept.parse({
      type: 'raadsmededeling',
      secties: [],
      voorgesteldBesluit: 'de brief.',
    });
    expect(concept.voorgesteldBesluit).toBe('de brief.');
  });

  it.each([
    ['kennis te nemen van de brief.', 'kennis te nemen van'],
    ['Wij stellen u voor kennis te nemen van de brief.', 'kennis te nemen van'],
    ['de brief\nvan maart.', 'regeleinde'],
    ['de brief\tvan maart.', 'tab'],
  ])('refuses %j, naming the field', async (voorgesteldBesluit, words) => {
    const input = await exampleInput('informatienota');
    const issues = await issuesOf(() => parseShipped({ ...input, voorgesteldBesluit }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('voorgesteldBesluit');
    expect(issues[0]?.message.toLowerCase()).toContain(words);
  });

  it('refuses an empty one (leave the field out for the composed sentence)', async () => {
    const input = await exampleInput('informatienota');
    const issues = await issuesOf(() => parseShipped({ ...input, voorgesteldBesluit: ' ' }));
    expect(issues.map((i) => i.path)).toEqual(['voorgesteldBesluit']);
  });
});

/** The paragraph after the block's lead, or undefined when the memo has no block. */
function block(docx: DocxPackage): string | undefined {
  const i = docx.paragraphs.findIndex((p) => p.text === LEAD);
  return i === -1 ? undefined : docx.paragraphs[i + 1]?.text;
}

/** The paragraph after "besluit:" on the council's besluit page. */
function besluit(docx: DocxPackage): string | undefined {
  const i = docx.paragraphs.findIndex((p) => p.text === 'besluit:');
  return i === -1 ? undefined : docx.paragraphs[i + 1]?.text;
}

const texts = (docx: DocxPackage): string[] => docx.paragraphs.map((p) => p.text);

describe('the rendered informatienota', () => {
  it('without moties or toezeggingen: one sentence from the lead on, the subject as written', async () => {
    const memo: Memo = {
      ...(await baseMemo('informatienota')),
      onderwerp: 'Uitbouw wijkgericht werken',
      moties: [],
      toezeggingen: [],
    };
    const docx = await renderAndRead(memo);
    expect(block(docx)).toBe('de informatie over ‘Uitbouw wijkgericht werken’.');
    expect(besluit(docx)).toBe('kennis te nemen van de informatie over ‘Uitbouw wijkgericht werken’.');
  });

  it('with moties and a toezegging: the reaction continues the lead in lower case, here and on the besluit page', async () => {
    const memo: Memo = { ...(await baseMemo('informatienota')), moties: [m4, m19], toezeggingen: [t87] };
    const docx = await renderAndRead(memo);
    const expected = `de reactie van het college op ${M4}, ${M19} en ${T87}.`;
    // The document keeps dates together with no-break spaces (templates/engine/typography.ts).
    expect(block(docx)).toBe(noBreakSpaces(expected));
    expect(besluit(docx)).toBe(noBreakSpaces(`kennis te nemen van ${expected}`));
  });

  it('with the writer’s own voorgesteld besluit: printed as written in both places, the composed one nowhere', async () => {
    const own = 'De evaluatie “Samen in de wijk” van 2025 & de reactie <daarop> van het college.';
    const memo: Memo = { ...(await baseMemo('informatienota')), voorgesteldBesluit: own };
    const docx = await renderAndRead(memo);
    expect(block(docx)).toBe(own);
    expect(besluit(docx)).toBe(`kennis te nemen van ${own}`);
    expect(texts(docx).some((t) => t.includes('de reactie van het college op'))).toBe(false);
  });
});

describe('the rendered raadsmededeling', () => {
  it('without moties, toezeggingen or own text: no block', async () => {
    const memo: Memo = { ...(await baseMemo('raadsmededeling')), moties: [], toezeggingen: [] };
    const docx = await renderAndRead(memo);
    expect(texts(docx)).not.toContain(LEAD);
  });

  it('with a toezegging: the block in lower case after the lead', async () => {
    const memo: Memo = { ...(await baseMemo('raadsmededeling')), moties: [], toezeggingen: [t90] };
    expect(block(await renderAndRead(memo))).toBe(noBreakSpaces(`de reactie van het college op ${T90}.`));
  });

  it('with the writer’s own voorgesteld besluit and nothing answered: the block, as written', async () => {
    const own = 'de tijdelijke verlenging van de openingstijden van de milieustraat.';
    const memo: Memo = {
      ...(await baseMemo('raadsmededeling')),
      moties: [],
      toezeggingen: [],
      voorgesteldBesluit: own,
    };
    expect(block(await renderAndRead(memo))).toBe(own);
  });
});

describe('the CLI, with the fixture memo that has its own voorgesteld besluit', () => {
  const FIXTURE = join(FIXTURES, 'voorgesteld-besluit.json');

  it('keeps it through the register: import, then render --id prints it as written', async () => {
    const dir = await makeTempDir();
    try {
      const db = join(dir, 'register.sqlite');
      const own = (JSON.parse(await readFile(FIXTURE, 'utf8')) as { voorgesteldBesluit: string })
        .voorgesteldBesluit;
      expect((await runCli(['memo', 'import', FIXTURE, '--db', db])).code).toBe(0);
      const out = join(dir, 'nota.docx');
      const rendered = await runCli(['render', '--id', '1', '--db', db, '--out', out]);
      expect(rendered.stderr).toBe('');
      expect(block(readDocx(new Uint8Array(await readFile(out))))).toBe(noBreakSpaces(own));
    } finally {
      await removeTempDir(dir);
    }
  });

  it('validate refuses one that repeats "kennis te nemen van", naming the field, with exit code 2', async () => {
    const dir = await makeTempDir();
    try {
      const input = JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, unknown>;
      const bad = join(dir, 'nota.json');
      await writeFile(bad, JSON.stringify({ ...input, voorgesteldBesluit: 'Kennis te nemen van de brief.' }));
      const result = await runCli(['validate', bad]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('voorgesteldBesluit');
      expect(result.stderr).toContain('kennis te nemen van');
    } finally {
      await removeTempDir(dir);
    }
  });
});
