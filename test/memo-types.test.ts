// Memo types are data: a functioneel beheerder adds one to the templates folder (a manifest, a template, partials)
// without a code change, and a broken one is refused when the types load, with its file and the problem, while the
// other types go on working.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import { call, refusal, testContext } from './helpers/api.js';
import { baseMemo, makeTempDir, removeTempDir, TEMPLATES } from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';

let dir: string;
let templates: string;
let ctx: Context;

beforeEach(async () => {
  dir = await makeTempDir();
  templates = join(dir, 'sjablonen');
  await cp(TEMPLATES, templates, { recursive: true, filter: (from) => !from.includes('engine') });
  ctx = testContext(dir, { templatesDir: templates });
});

afterEach(async () => {
  ctx.db.close();
  await removeTempDir(dir);
});

/** A type the project does not ship: a letter to the council, with a text, a choice and a date of its own. */
const BRIEF_MANIFEST = {
  type: 'raadsbrief',
  titel: 'Brief aan de raad',
  sjabloon: 'raadsbrief.hbs',
  velden: [
    { naam: 'aanleidingBrief', label: 'Aanleiding van de brief', soort: 'tekst', verplicht: true },
    { naam: 'spoed', label: 'Spoed', soort: 'keuze', opties: ['ja', 'nee'], verplicht: true },
    { naam: 'reactieVoor', label: 'Reactie graag voor', soort: 'datum' },
  ],
  secties: [
    { sleutel: 'inhoud', titel: 'Inhoud', verplicht: true, aliassen: ['Wat wij u melden'] },
    { vrij: true },
  ],
};

const BRIEF_TEMPLATE = `<title>{{titel}}</title>
{{#> metadata}}
<tr><th>Aanleiding</th><td>{{memo.aanleidingBrief}}</td></tr>
<tr><th>Spoed</th><td>{{memo.spoed}}</td></tr>
{{#if memo.reactieVoor}}<tr><th>Reactie graag voor</th><td>{{datum memo.reactieVoor}}</td></tr>{{/if}}
{{/metadata}}
{{#each secties}}
<h1>{{titel}}</h1>
{{richtext inhoud}}
{{/each}}
{{> ondertekening}}
`;

async function addBrief(manifest: unknown = BRIEF_MANIFEST, template = BRIEF_TEMPLATE): Promise<void> {
  await writeFile(join(templates, 'raadsbrief.manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(templates, 'raadsbrief.hbs'), template);
}

async function brief(): Promise<Record<string, unknown>> {
  // Without the informatienota's own fields: a raadsbrief has others.
  const own = new Set(['informanten', 'afdeling', 'raadsbesluit', 'financien', 'openbaarheid']);
  const memo = Object.entries(await baseMemo('informatienota')).filter(([key]) => !own.has(key));
  return {
    ...Object.fromEntries(memo),
    type: 'raadsbrief',
    aanleidingBrief: 'De vragen van de fractie over de Molenvaart',
    spoed: 'nee',
    reactieVoor: '2026-11-20',
    secties: [{ titel: 'Wat wij u melden', inhoud: '<p>De lantaarns branden weer.</p>' }],
  };
}

describe('a memo type added as data', () => {
  it('is listed, checked, rendered, stored and in the JSON Schema, without a code change', async () => {
    await addBrief();
    const list = await call(ctx, 'memos.types', {});
    expect(list.geweigerd).toEqual([]);
    expect(list.types.map((t) => t.type)).toContain('raadsbrief');
    expect(list.types.find((t) => t.type === 'raadsbrief')?.velden.map((v) => v.label)).toEqual([
      'Aanleiding van de brief',
      'Spoed',
      'Reactie graag voor',
    ]);

    const file = await call(ctx, 'memos.render', { nota: await brief() });
    const docx = readDocx(Buffer.from(file.base64, 'base64'));
    const text = docx.partText('word/document.xml');
    expect(text).toContain('Brief aan de raad');
    expect(text).toContain('De vragen van de fractie over de Molenvaart');
    expect(text).toMatch(/20\snovember\s2026/);
    expect(text).toContain('Wat wij u melden');

    const wrong = await refusal(ctx, 'memos.validate', {
      nota: { ...(await brief()), spoed: 'misschien', aanleidingBrief: undefined, afdeling: 'Ruimte' },
    });
    expect(wrong.code).toBe('invalid_input');
    // An unknown field is a problem at its own place (issue 10, messages).
    expect(wrong.issues?.map((i) => i.path).sort()).toEqual([
      'nota.aanleidingBrief',
      'nota.afdeling',
      'nota.spoed',
    ]);
    expect(wrong.issues?.find((i) => i.path === 'nota.afdeling')?.message).toMatch(/^onbekend veld/);

    const schema = JSON.stringify(await call(ctx, 'memos.schema', {}));
    expect(schema).toContain('aanleidingBrief');

    const stored = await call(ctx, 'memos.create', { type: 'raadsbrief', onderwerp: 'Lantaarns' });
    expect(stored.nota.type).toBe('raadsbrief');
    expect(stored.document.secties.map((s) => s.sleutel)).toEqual(['inhoud']);
    const updated = await refusal(ctx, 'memos.update', {
      id: stored.nota.id,
      revisie: stored.nota.revisie,
      nota: { ...stored.document, team: 'Wijken' },
    });
    expect(updated).toMatchObject({ code: 'invalid_input', field: 'nota.team' });
    expect(updated.issues?.[0]?.message).toMatch(/^onbekend veld/);
  });
});

describe('a broken memo type', () => {
  const cases: [string, () => Promise<void>, RegExp][] = [
    [
      'a manifest that is not JSON',
      () => writeFile(join(templates, 'raadsbrief.manifest.json'), '{"type": "raadsbrief",'),
      /geen geldige JSON/,
    ],
    ['a field of a kind that does not exist', () => addBrief(withField({ soort: 'kleur' })), /soort/],
    ['a choice without options', () => addBrief(withField({ soort: 'keuze' })), /opties/],
    ['a field that every memo already has', () => addBrief(withField({ naam: 'onderwerp' })), /elke nota al/],
    [
      'a manifest whose type is not its file name',
      () => addBrief({ ...BRIEF_MANIFEST, type: 'brief' }),
      /het bestand heet raadsbrief\.manifest\.json/,
    ],
    [
      'a template that is not there',
      () => addBrief({ ...BRIEF_MANIFEST, sjabloon: 'weg.hbs' }),
      /weg\.hbs: bestand bestaat niet/,
    ],
    [
      'a template with a Handlebars syntax error',
      () => addBrief(BRIEF_MANIFEST, '<title>{{#if titel}}{{titel}}</title>'),
      /geen geldige Handlebars/,
    ],
    [
      'a template that switches escaping off',
      () => addBrief(BRIEF_MANIFEST, '<title>{{{titel}}}</title>'),
      /regel 1: \{\{\{titel\}\}\} zet het escapen uit/,
    ],
    [
      'a template naming a partial that does not exist',
      () => addBrief(BRIEF_MANIFEST, '<title>{{titel}}</title>\n{{> briefhoofd}}'),
      /regel 2: .*partials\/briefhoofd\.hbs/,
    ],
  ];

  function withField(change: Record<string, unknown>): unknown {
    const [first, ...rest] = BRIEF_MANIFEST.velden;
    return { ...BRIEF_MANIFEST, velden: [{ ...first, ...change }, ...rest] };
  }

  it.each(cases)(
    '%s: refused at load with the file and the problem; the others still work',
    async (_, make, problem) => {
      await make();
      const list = await call(ctx, 'memos.types', {});
      expect(list.types.map((t) => t.type)).not.toContain('raadsbrief');
      expect(list.geweigerd).toHaveLength(1);
      const [refused] = list.geweigerd;
      expect(refused?.bestand).toBe(join(templates, 'raadsbrief.manifest.json'));
      expect(refused?.problemen.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(problem);

      await call(ctx, 'memos.validate', { nota: await baseMemo('informatienota') });
      const error = await refusal(ctx, 'memos.validate', { nota: await brief() });
      expect(error).toMatchObject({ code: 'invalid_input', field: 'nota.type' });
      expect(error.issues?.[0]?.message).toMatch(/kan niet worden gebruikt: .*raadsbrief\.manifest\.json/);
    },
  );

  it('a folder without any manifest is refused as a whole, naming the folder', async () => {
    for (const type of ['informatienota', 'raadsmededeling', 'raadsvoorstel'])
      await rm(join(templates, `${type}.manifest.json`), { force: true });
    const error = await refusal(ctx, 'memos.types', {});
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.path).toBe(templates);
    expect(error.issues?.[0]?.message).toMatch(/geen enkel memotype/);
  });

  it('keeps the shipped manifests as they were read', async () => {
    const shipped = JSON.parse(await readFile(join(TEMPLATES, 'informatienota.manifest.json'), 'utf8')) as {
      velden: { naam: string }[];
    };
    const list = await call(ctx, 'memos.types', {});
    expect(list.types.find((t) => t.type === 'informatienota')?.velden.map((v) => v.naam)).toEqual(
      shipped.velden.map((v) => v.naam),
    );
  });
});
