import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Issue } from '../core/errors.js';
import { type MotieVerwijzing, type ToezeggingVerwijzing } from '../core/model/memo.js';
import { memoJsonSchema } from '../services/memos/schema.js';
import { formatDutchDate } from '../core/dutch-date.js';
import { composeKennisname, joinDutch } from '../core/kennisname.js';
import { parseRichText } from '../templates/engine/markup.js';
import { NO_MARKS, type Block, type Inline } from '../templates/engine/tree.js';
import { assets, examplePath, FIXTURES, runCli, SHIPPED_TYPES, TEMPLATES } from './helpers/assets.js';

describe('formatDutchDate', () => {
  it('writes "2017-11-10" as "10 november 2017"', () => {
    expect(formatDutchDate('2017-11-10')).toBe('10 november 2017');
  });

  it.each([
    ['01', 'januari'],
    ['02', 'februari'],
    ['03', 'maart'],
    ['04', 'april'],
    ['05', 'mei'],
    ['06', 'juni'],
    ['07', 'juli'],
    ['08', 'augustus'],
    ['09', 'september'],
    ['10', 'oktober'],
    ['11', 'november'],
    ['12', 'december'],
  ])('month %s is %s, in lower case, and the day has no leading zero', (month, name) => {
    expect(formatDutchDate(`2026-${month}-07`)).toBe(`7 ${name} 2026`);
    expect(formatDutchDate(`1999-${month}-28`)).toBe(`28 ${name} 1999`);
  });

  it.each([
    '2017-13-01',
    '2017-00-10',
    '10-11-2017',
    '2017-1-5',
    '2017/11/10',
    '',
    '2017-11-10T00:00:00Z',
    ' 2017-11-10',
    '2017-11-00',
    '2017-11-31',
    '2017-02-29',
    '2017-11-45',
  ])('throws on %j', (input) => {
    expect(() => formatDutchDate(input)).toThrow(RangeError);
  });
});

describe('joinDutch', () => {
  it.each([
    [[], ''],
    [['de motie'], 'de motie'],
    [['de motie', 'de toezegging'], 'de motie en de toezegging'],
    [['a', 'b', 'c'], 'a, b en c'],
    [['a', 'b', 'c', 'd'], 'a, b, c en d'],
  ])('%j → %j', (parts, expected) => {
    expect(joinDutch(parts)).toBe(expected);
  });
});

describe('composeKennisname', () => {
  const motieA: MotieVerwijzing = {
    nummer: 'M-4',
    titel: 'Bankjes langs de Dijkweg',
    datumAangenomen: '2025-11-06',
    vergadering: 'Begroting 2026',
  };
  const motieB: MotieVerwijzing = {
    nummer: 'M-19',
    titel: 'Meer groen op schoolpleinen',
    datumAangenomen: '2026-01-29',
    vergadering: 'raadsvergadering van januari',
  };
  const toezegging: ToezeggingVerwijzing = {
    nummer: '87',
    omschrijving: 'de raad te informeren over de kosten van het onderhoud',
    gedaanOp: '2026-05-12',
    vergadering: 'commissie Ruimte',
    gedaanDoor: 'wethouder Jansen',
  };

  it('without moties or toezeggingen: the information about the onderwerp, quoted as written', () => {
    expect(composeKennisname('het onderhoud van de bruggen', [], [])).toBe(
      'de informatie over ‘het onderhoud van de bruggen’.',
    );
  });

  it('with one motie: its number, title in quotes, Dutch date and meeting', () => {
    expect(composeKennisname('bankjes', [motieA], [])).toBe(
      'de reactie van het college op motie M-4 ‘Bankjes langs de Dijkweg’ (aangenomen op 6 november 2025, Begroting 2026).',
    );
  });

  it('with two moties and a toezegging: moties first, joined the Dutch way', () => {
    expect(composeKennisname('groen', [motieA, motieB], [toezegging])).toBe(
      'de reactie van het college op ' +
        'motie M-4 ‘Bankjes langs de Dijkweg’ (aangenomen op 6 november 2025, Begroting 2026), ' +
        'motie M-19 ‘Meer groen op schoolpleinen’ (aangenomen op 29 januari 2026, raadsvergadering van januari) en ' +
        'toezegging 87 ‘de raad te informeren over de kosten van het onderhoud’ ' +
        '(gedaan op 12 mei 2026 door wethouder Jansen, commissie Ruimte).',
    );
  });

  it('a toezegging without gedaanDoor leaves the "door" out', () => {
    const zonder: ToezeggingVerwijzing = { ...toezegging };
    delete zonder.gedaanDoor;
    expect(composeKennisname('x', [], [zonder])).toBe(
      'de reactie van het college op toezegging 87 ‘de raad te informeren over de kosten van het onderhoud’ ' +
        '(gedaan op 12 mei 2026, commissie Ruimte).',
    );
  });
});

describe('parseRichText', () => {
  const text = (t: string, marks: Partial<typeof NO_MARKS> = {}): Inline => ({
    kind: 'text',
    text: t,
    marks: { ...NO_MARKS, ...marks },
  });
  const para = (...content: Inline[]): Block => ({ kind: 'paragraph', content });

  function parse(html: string): { blocks: Block[]; issues: Issue[] } {
    const issues: Issue[] = [];
    const blocks = parseRichText(html, 'secties[3].inhoud', issues);
    return { blocks, issues };
  }

  it('takes control characters, which XML cannot hold, as spaces, so the words around them stay apart', () => {
    expect(parse('<p>Eerste regel\u000Btweede\u0007regel</p>').blocks).toEqual([
      para(text('Eerste regel tweede regel')),
    ]);
  });

  /** The plain text of each paragraph, for whitespace tests. */
  function paragraphTexts(html: string): string[] {
    return parse(html).blocks.map((b) =>
      b.kind === 'paragraph'
        ? b.content.map((c) => (c.kind === 'text' ? c.text : c.kind === 'break' ? '\n' : '')).join('')
        : `(${b.kind})`,
    );
  }

  describe('whitespace', () => {
    it('collapses runs of spaces, tabs and newlines and trims the paragraph’s edges', () => {
      expect(paragraphTexts('<p>  De   raad\n\twordt \r\n geïnformeerd.  </p>')).toEqual([
        'De raad wordt geïnformeerd.',
      ]);
    });

    it('keeps the spaces around inline marks, once', () => {
      expect(parse('<p>Het <b>nieuwe</b> plan</p>').blocks).toEqual([
        para(text('Het '), text('nieuwe', { bold: true }), text(' plan')),
      ]);
      expect(paragraphTexts('<p> <b> vet </b> <i> schuin </i> </p>')).toEqual(['vet schuin']);
    });

    it('keeps no-break spaces, typed or as &nbsp;', () => {
      expect(paragraphTexts('<p>€&nbsp;&nbsp;12</p><p>art.\u00A05</p>')).toEqual([
        '€\u00A0\u00A012',
        'art.\u00A05',
      ]);
    });

    it('drops the spaces after a line break', () => {
      expect(paragraphTexts('<p>Eerste regel<br>   tweede regel</p>')).toEqual([
        'Eerste regel\ntweede regel',
      ]);
    });

    it('ignores whitespace between blocks and takes loose text as a paragraph of its own', () => {
      expect(paragraphTexts('\n  <p>een</p>\n\n  <p>twee</p>  ')).toEqual(['een', 'twee']);
      expect(paragraphTexts('Los begin <b>vet</b><p>alinea</p> staart ')).toEqual([
        'Los begin vet',
        'alinea',
        'staart',
      ]);
    });

    it('keeps an empty <p> as an empty paragraph but makes no paragraph of whitespace alone', () => {
      expect(parse('<p></p>').blocks).toEqual([para()]);
      expect(parse('   \n ').blocks).toEqual([]);
    });
  });

  it('nests lists: a <ul> inside an <li> is a list inside that item', () => {
    const { blocks, issues } = parse(
      '<ol><li>Eerst<ul><li>deel a</li><li>deel b</li></ul></li><li>Dan</li></ol>',
    );
    expect(issues).toEqual([]);
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: [
          [
            para(text('Eerst')),
            { kind: 'list', ordered: false, items: [[para(text('deel a'))], [para(text('deel b'))]] },
          ],
          [para(text('Dan'))],
        ],
      },
    ]);
  });

  it('reads tables with thead and tbody, a row of <th> only as a header row', () => {
    const { blocks, issues } = parse(
      '<table><thead><tr><th>Jaar</th><th>Bedrag</th></tr></thead>' +
        '<tbody><tr><td>2026</td><td>€ 14.500</td></tr></tbody>' +
        '<tr><th>Totaal</th><th>€ 14.500</th></tr></table>',
    );
    expect(issues).toEqual([]);
    expect(blocks).toEqual([
      {
        kind: 'table',
        variant: 'grid',
        rows: [
          { header: true, cells: [[para(text('Jaar'))], [para(text('Bedrag'))]] },
          { header: false, cells: [[para(text('2026'))], [para(text('€ 14.500'))]] },
          { header: true, cells: [[para(text('Totaal'))], [para(text('€ 14.500'))]] },
        ],
      },
    ]);
  });

  it('makes a span with data-type="footnote" a footnote inline, and a plain span plain text', () => {
    const { blocks, issues } = parse(
      '<p>Zie de cijfers<span data-type="footnote">Bron: <i>CBS</i>, 2025.</span> en <span>verder</span>.</p>',
    );
    expect(issues).toEqual([]);
    expect(blocks).toEqual([
      para(
        text('Zie de cijfers'),
        { kind: 'footnote', content: [text('Bron: '), text('CBS', { italic: true }), text(', 2025.')] },
        text(' en '),
        text('verder'),
        text('.'),
      ),
    ]);
  });

  it('refuses a footnote inside a footnote and an empty footnote', () => {
    const nested = parse('<p>a<span data-type="footnote">b<span data-type="footnote">c</span></span></p>');
    expect(nested.issues).toEqual([
      { path: 'secties[3].inhoud', message: 'een voetnoot kan geen voetnoot bevatten' },
    ]);
    const empty = parse('<p>a<span data-type="footnote">  </span></p>');
    expect(empty.issues).toEqual([{ path: 'secties[3].inhoud', message: 'een voetnoot is leeg' }]);
  });

  it('accepts https, http and mailto links and refuses other schemes, keeping the text', () => {
    const ok = parse(
      '<p><a href="https://voorbeeld.nl">site</a> <a href="mailto:griffie@voorbeeld.nl">mail</a></p>',
    );
    expect(ok.issues).toEqual([]);
    expect(ok.blocks).toEqual([
      para({ kind: 'link', href: 'https://voorbeeld.nl', content: [text('site')] }, text(' '), {
        kind: 'link',
        href: 'mailto:griffie@voorbeeld.nl',
        content: [text('mail')],
      }),
    ]);
    const bad = parse('<p><a href="javascript:void(0)">klik</a></p>');
    expect(bad.issues).toHaveLength(1);
    expect(bad.issues[0]?.message).toContain('javascript:void(0)');
    expect(bad.blocks).toEqual([para(text('klik'))]);
  });

  it('names each element it refuses, under the path it was given', () => {
    const { issues } = parse('<div>x</div><p><video src="a.mp4"></video></p><ul><p>los</p></ul>');
    expect(issues.map((i) => i.path)).toEqual([
      'secties[3].inhoud',
      'secties[3].inhoud',
      'secties[3].inhoud',
    ]);
    expect(issues[0]?.message).toMatch(/^<div> is niet toegestaan/);
    expect(issues[1]?.message).toMatch(/^<video> is in een alinea niet toegestaan/);
    expect(issues[2]?.message).toContain('<p>');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The JSON Schema. A small validator for exactly the keywords the schema uses (checked below), so that the schema can
// be tried on the examples without another dependency.

type Schema = Record<string, unknown>;
const KNOWN_KEYWORDS = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'default',
  'format',
  'type',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'oneOf',
  'enum',
  'not',
]);

function keywords(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) keywords(s, out);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      out.add(key);
      if (key === 'properties') for (const s of Object.values(value as Schema)) keywords(s, out);
      else if (key !== 'default' && key !== 'const') keywords(value, out);
    }
  }
  return out;
}

function validate(schema: Schema, value: unknown, path = ''): string[] {
  const errors: string[] = [];
  const at = path || '(root)';
  if ('oneOf' in schema) {
    const matches = (schema.oneOf as Schema[]).filter((s) => validate(s, value, path).length === 0);
    if (matches.length !== 1) errors.push(`${at}: matches ${matches.length} of oneOf`);
  }
  if ('const' in schema && value !== schema.const)
    errors.push(`${at}: is not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${at}: is none of the enum`);
  if ('not' in schema && validate(schema.not as Schema, value, path).length === 0)
    errors.push(`${at}: matches what is not allowed`);
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [`${at}: not an object`];
      const record = value as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const key of (schema.required ?? []) as string[]) {
        if (!(key in record)) errors.push(`${path ? `${path}.` : ''}${key}: required`);
      }
      for (const [key, v] of Object.entries(record)) {
        const sub = properties[key];
        const subPath = path ? `${path}.${key}` : key;
        if (sub) errors.push(...validate(sub, v, subPath));
        else if (schema.additionalProperties === false) errors.push(`${subPath}: not allowed`);
      }
      break;
    }
    case 'array':
      if (!Array.isArray(value)) return [`${at}: not an array`];
      if (typeof schema.minItems === 'number' && value.length < schema.minItems)
        errors.push(`${at}: too few items`);
      value.forEach((v, i) => errors.push(...validate(schema.items as Schema, v, `${path}[${i}]`)));
      break;
    case 'string':
      if (typeof value !== 'string') return [`${at}: not a string`];
      if (typeof schema.minLength === 'number' && value.length < schema.minLength)
        errors.push(`${at}: too short`);
      if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
        errors.push(`${at}: too long`);
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) {
        errors.push(`${at}: does not match the pattern`);
      }
      break;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value))) {
        return [`${at}: not ${schema.type}`];
      }
      if (typeof schema.minimum === 'number' && value < schema.minimum)
        errors.push(`${at}: below the minimum`);
      if (typeof schema.maximum === 'number' && value > schema.maximum)
        errors.push(`${at}: above the maximum`);
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return [`${at}: not a boolean`];
      break;
    case undefined:
      break;
    default:
      errors.push(`${at}: the test's validator does not know type ${JSON.stringify(schema.type)}`);
  }
  return errors;
}

describe('the schema command', () => {
  let schema: Schema;

  beforeAll(async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    schema = JSON.parse(result.stdout) as Schema;
  });

  it('prints the same JSON Schema the code derives from the zod model', async () => {
    expect(schema).toEqual(memoJsonSchema((await assets()).types));
    expect(schema.$schema).toMatch(/json-schema\.org/);
  });

  it('has one oneOf branch per memo type, each requiring onderwerp, kenmerk, datum and secties', async () => {
    const branches = schema.oneOf as Schema[];
    const types = branches.map((b) => (b.properties as Record<string, Schema>).type?.const);
    const manifests = (await readdir(TEMPLATES)).filter((name) => name.endsWith('.manifest.json'));
    expect(types.sort()).toEqual(manifests.map((name) => name.replace('.manifest.json', '')).sort());
    expect(types).toEqual(expect.arrayContaining([...SHIPPED_TYPES, 'raadsvoorstel']));
    for (const branch of branches) {
      expect(branch.required).toEqual(
        expect.arrayContaining(['type', 'onderwerp', 'kenmerk', 'datum', 'secties']),
      );
      expect(branch.additionalProperties).toBe(false);
    }
    const informatienota = branches.find(
      (b) => (b.properties as Record<string, Schema>).type?.const === 'informatienota',
    );
    expect(informatienota?.required).toEqual(expect.arrayContaining(['afdeling', 'informanten']));
    const raadsmededeling = branches.find(
      (b) => (b.properties as Record<string, Schema>).type?.const === 'raadsmededeling',
    );
    expect(raadsmededeling?.required).toEqual(expect.arrayContaining(['team', 'datumBesluitBW']));
  });

  it('uses only keywords the test’s validator understands', () => {
    expect([...keywords(schema)].filter((k) => !KNOWN_KEYWORDS.has(k))).toEqual([]);
  });

  it.each([...SHIPPED_TYPES])('accepts examples/%s.json', async (type) => {
    const memo = JSON.parse(await readFile(examplePath(type), 'utf8')) as unknown;
    expect(validate(schema, memo)).toEqual([]);
  });

  it('accepts the fixture without kernboodschap (the manifest, not the schema, requires sections)', async () => {
    const memo = JSON.parse(await readFile(join(FIXTURES, 'zonder-kernboodschap.json'), 'utf8')) as unknown;
    expect(validate(schema, memo)).toEqual([]);
  });

  it('rejects what the program rejects: a wrong date, a missing field, an unknown field, an unknown type', async () => {
    const base = JSON.parse(await readFile(examplePath('raadsmededeling'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(validate(schema, { ...base, datum: '22-09-2026' })).not.toEqual([]);
    const withoutKenmerk = { ...base };
    delete withoutKenmerk.kenmerk;
    expect(validate(schema, withoutKenmerk)).not.toEqual([]);
    expect(validate(schema, { ...base, samenvatting: 'kort' })).not.toEqual([]);
    expect(validate(schema, { ...base, type: 'brief' })).not.toEqual([]);
    expect(validate(schema, { ...base, versienummer: 1.5 })).not.toEqual([]);
    const nietOpenbaar = { openbaar: false, grond: 'woo-5.1-2e', vertrouwelijkheidaanduiding: 'openbaar' };
    expect(validate(schema, { ...base, openbaarheid: nietOpenbaar })).not.toEqual([]);
    expect(validate(schema, { ...base, openbaarheid: { openbaar: true, grond: 'woo-5.2' } })).not.toEqual([]);
    expect(
      validate(schema, { ...base, openbaarheid: { ...nietOpenbaar, vertrouwelijkheidaanduiding: 'geheim' } }),
    ).toEqual([]);
  });
});
