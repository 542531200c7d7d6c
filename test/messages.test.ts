// What a writer reads when a memo file is wrong: the field and what is wrong with it in the words of the document,
// every problem of the file at once, an unknown field beside the rest with the field it most likely meant.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../core/errors.js';
import { parseMemo } from '../core/model/memo.js';
import { typedMemo } from '../services/memos/typed.js';
import { nearest } from '../core/model/nearest.js';
import { loadHuisstijl, loadTemplates } from '../templates/engine/load.js';
import {
  assets,
  baseMemo,
  exampleInput,
  parseShipped,
  HUISSTIJL,
  issuesOf,
  makeTempDir,
  removeTempDir,
  renderBytes,
} from './helpers/assets.js';
import { readJsonFile } from '../files/read-json.js';

describe('the messages of a memo file', () => {
  it('name each wrong field in the words of the document, all at once, unknown ones among them', async () => {
    const input = await exampleInput('informatienota');
    const rest = Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'versienummer'));
    const issues = await issuesOf(() =>
      parseShipped({
        ...rest,
        onderwerp: '',
        datum: '14-03-2026',
        informanten: [],
        onderwrp: 'Zwemles',
        aan: 'de raad',
      }),
    );
    expect(issues).toEqual([
      { path: 'onderwerp', message: 'Onderwerp is leeg' },
      { path: 'datum', message: 'Datum is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-14' },
      { path: 'versienummer', message: 'Versienummer ontbreekt' },
      { path: 'informanten', message: 'Informant is een lege lijst; geef er minstens één' },
      { path: 'onderwrp', message: 'onbekend veld; bedoelt u "onderwerp"?' },
      { path: 'aan', message: 'onbekend veld' },
    ]);
  });

  it('say a missing date is missing, not that it is no date', async () => {
    const input = await exampleInput('raadsmededeling');
    delete input.datum;
    delete input.datumBesluitBW;
    expect(await issuesOf(() => parseShipped(input))).toEqual([
      { path: 'datum', message: 'Datum ontbreekt' },
      { path: 'datumBesluitBW', message: 'B&W-besluit d.d. ontbreekt' },
    ]);
  });

  it('name a field in a list by its item, and a section by its title', async () => {
    const input = await exampleInput('informatienota');
    const secties = input.secties as Record<string, unknown>[];
    const issues = await issuesOf(() =>
      parseShipped({
        ...input,
        bijlagen: [{ titel: 'Kaart' }, { titel: ' ' }],
        informanten: [{ naam: 'Joris', email: 'geen-adres' }],
        moties: [{ nummer: 'M-1', titel: 'Zwemles', vergadering: 'Raad', datumAangenomen: 'gisteren' }],
        raadsbesluit: { vergaderdatum: '2026-02-30' },
        secties: secties.map((s, i) => (i === 0 ? { ...s, titel: 'Wat wij hebben gedaan', inhoud: 7 } : s)),
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Titel van bijlage 2 is leeg',
      'Datum aangenomen van motie 1 is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-14',
      'Inhoud van sectie "Wat wij hebben gedaan" moet tekst zijn, niet het getal 7',
      'E-mail van informant 1 is geen e-mailadres',
      'Datum raadsvergadering is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-14',
    ]);
  });

  it('say which values a choice takes, and what was given', async () => {
    const input = await exampleInput('informatienota');
    const { types } = await assets();
    const known = Object.keys(types.sets).join(', ');
    expect(await issuesOf(() => typedMemo({ ...input, type: 'raadsbrief' }, types))).toEqual([
      { path: 'type', message: `Type "raadsbrief" kent deze installatie niet; de typen zijn: ${known}` },
    ]);
    delete input.type;
    expect(await issuesOf(() => typedMemo(input, types))).toEqual([
      { path: 'type', message: `Type ontbreekt; de typen zijn: ${known}` },
    ]);
    const wrongKind = await issuesOf(() =>
      parseShipped({ ...input, type: 'informatienota', bijlagen: 'geen' }),
    );
    expect(wrongKind).toEqual([
      { path: 'bijlagen', message: 'Bijlagen moet een lijst [ … ] zijn, niet de tekst "geen"' },
    ]);
  });

  it("label a type's own fields as its manifest does", async () => {
    const input = await exampleInput('raadsmededeling');
    delete input.team;
    delete input.datumBesluitBW;
    const velden = [
      { naam: 'team', label: 'Team of afdeling', soort: 'tekst', verplicht: true },
      { naam: 'datumBesluitBW', label: 'Datum B&W-besluit', soort: 'datum', verplicht: true },
      { naam: 'informanten', label: 'Informanten', soort: 'informanten', verplicht: false },
      { naam: 'financien', label: 'Financiën', soort: 'financien', verplicht: true },
      { naam: 'openbaarheid', label: 'Openbaarheid', soort: 'openbaarheid', verplicht: true },
    ] as const;
    expect(await issuesOf(() => parseMemo(input, { type: 'raadsmededeling', velden }))).toEqual([
      { path: 'team', message: 'Team of afdeling ontbreekt' },
      { path: 'datumBesluitBW', message: 'Datum B&W-besluit ontbreekt' },
    ]);
  });
});

describe('a problem as a line for the user', () => {
  it('reads the message first and the place in the file after it, unless the label already says it', () => {
    expect(formatIssue({ path: 'versienummer', message: 'Versienummer ontbreekt' })).toBe(
      'Versienummer ontbreekt',
    );
    expect(formatIssue({ path: 'bijlagen[1].titel', message: 'Titel van bijlage 2 is leeg' })).toBe(
      'Titel van bijlage 2 is leeg (bijlagen[1].titel)',
    );
    expect(formatIssue({ path: 'voorgesteldBesluit', message: 'Voorgesteld besluit: begint met …' })).toBe(
      'Voorgesteld besluit: begint met … (voorgesteldBesluit)',
    );
    expect(formatIssue({ path: 'aan', message: 'onbekend veld' })).toBe('aan: onbekend veld');
  });
});

describe('the table whose rows are not equally wide', () => {
  it('is refused, naming the section, the table by its place among the blocks, and the cells', async () => {
    const memo = await baseMemo('informatienota');
    const inhoud =
      '<p>Wij hebben drie dingen gedaan.</p><ul><li>Een</li><li>Twee</li></ul>' +
      '<table><tr><th>Wat</th><th>Wie</th><th>Wanneer</th></tr>' +
      '<tr><td>Les</td><td>Team</td><td>Mei</td></tr><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr></table>';
    const issues = await issuesOf(() =>
      renderBytes({ ...memo, secties: [...memo.secties, { titel: 'Wat wij hebben gedaan', inhoud }] }),
    );
    expect(issues).toEqual([
      {
        path: `secties[${String(memo.secties.length)}].inhoud`,
        message:
          'Sectie "Wat wij hebben gedaan": de tabel in alinea 3 heeft een rij met 4 cellen (rij 3), de kop heeft er 3; ' +
          'geef elke rij evenveel cellen, of voeg cellen samen met colspan',
      },
    ]);
  });

  it('counts the columns a span fills, and a table without a header row by its first row', async () => {
    const memo = await baseMemo('informatienota');
    const inhoud =
      '<table><tr><td colspan="2">a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>' +
      '<table><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table>';
    const issues = await issuesOf(() =>
      renderBytes({ ...memo, secties: [...memo.secties, { titel: 'Planning', inhoud }] }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Sectie "Planning": de tabel in alinea 1 heeft een rij die 2 kolommen vult (rij 2), de eerste rij vult er 3; ' +
        'geef elke rij evenveel cellen, of voeg cellen samen met colspan',
    ]);
  });
});

describe('every problem of a file at once, unknown fields among them', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await removeTempDir(dir);
  });

  it('in a memo: its fields and its sections together, though the fields are not right yet', async () => {
    const input = await exampleInput('informatienota');
    const secties = (input.secties as { sleutel?: string; titel?: string; inhoud: string }[]).filter(
      (s) => s.sleutel !== 'kernboodschap',
    );
    const table = '<table><tr><th>Wat</th><th>Wie</th></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>';
    const { types } = await assets();
    const issues = await issuesOf(() =>
      typedMemo(
        {
          ...input,
          versienummer: undefined,
          aan: 'de raad',
          secties: [
            ...secties,
            { titel: 'Planning', inhoud: `${table}<p><img src="plan.png" alt="De planning"></p>` },
          ],
        },
        types,
      ),
    );
    const lines = issues.map(formatIssue);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Versienummer ontbreekt',
        expect.stringMatching(/^aan: onbekend veld/),
        expect.stringMatching(/verplichte sectie "Kernboodschap" \(kernboodschap\) ontbreekt/),
        expect.stringMatching(/^Sectie "Planning": de tabel in alinea 1 heeft een rij met 3 cellen/),
      ]),
    );
    // The picture is checked when it is read, at the render; here it is no problem of its own.
    expect(lines.join('\n')).not.toMatch(/plan\.png/);
  });

  it('in a huisstijl', async () => {
    const huisstijl = (await readJsonFile(join(HUISSTIJL, 'huisstijl.json'))) as Record<string, unknown>;
    delete huisstijl.gemeente;
    await writeFile(
      join(dir, 'huisstijl.json'),
      JSON.stringify({
        ...huisstijl,
        kleuren: { koppen: 'blauw' },
        adres: ['Markt 1', ''],
        lettertipe: 'Arial',
      }),
    );
    const file = join(dir, 'huisstijl.json');
    const issues = await issuesOf(() => loadHuisstijl(dir));
    expect(issues).toEqual([
      { path: `${file}: gemeente`, message: 'Gemeente ontbreekt' },
      { path: `${file}: adres[1]`, message: 'Adresregel 2 is leeg' },
      {
        path: `${file}: kleuren.koppen`,
        message: 'Kleur van de koppen moet een kleur van zes hexadecimale tekens zijn, bijvoorbeeld 1F4E79',
      },
      { path: `${file}: lettertipe`, message: 'onbekend veld; bedoelt u "lettertype"?' },
    ]);
  });

  it('in a manifest, a section told what it lacks for the form it comes closest to', async () => {
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'informatienota.manifest.json');
    await writeFile(
      file,
      JSON.stringify({
        type: 'informatienota',
        titel: '',
        sjabloon: 'informatienota.hbs',
        secties: [{ sleutel: 'inleiding', verplicht: true }, { vrij: true }],
        nummeren: true,
      }),
    );
    await mkdir(join(dir, 'partials'));
    const { refused } = await loadTemplates(dir);
    expect(refused.flatMap((type) => type.problems)).toEqual([
      { path: `${file}: titel`, message: 'Titel van het document is leeg' },
      { path: `${file}: secties[0].titel`, message: 'Titel van sectie 1 ontbreekt' },
      { path: `${file}: nummeren`, message: 'onbekend veld; bedoelt u "nummering"?' },
    ]);
  });
});

describe('the field a slip meant', () => {
  it('is the closest known one, when close enough to be a slip', () => {
    expect(nearest('onderwrp', ['onderwerp', 'datum'])).toBe('onderwerp');
    expect(nearest('Datum', ['onderwerp', 'datum'])).toBe('datum');
    expect(nearest('aan', ['onderwerp', 'datum'])).toBeUndefined();
    expect(nearest('x'.repeat(100), ['x'.repeat(99)])).toBeUndefined();
  });
});
