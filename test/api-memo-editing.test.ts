// The operations the memo editor needs besides the memo store (api/contract/memo-editing.ts), through dispatch on a
// real register file, a fresh one per test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import type { InputOf } from '../api/contract/index.js';
import { DEFAULT_CONFIG, parseAmbtelijkeWoorden } from '../readability/index.js';
import { addItem } from '../services/register/items.js';
import { call, NOW, refusal, testContext } from './helpers/api.js';
import { makeTempDir, removeTempDir, TEMPLATES } from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';
import { jpeg, png } from './helpers/images.js';

let dir: string;
let ctx: Context;

beforeEach(async () => {
  dir = await makeTempDir();
  ctx = testContext(dir);
});

afterEach(async () => {
  ctx.db.close();
  await removeTempDir(dir);
});

const OP = NOW.toISOString();

type Concept = InputOf<'memos.update'>['nota'];

const ALT = 'alt="Organogram van het team"';

const bomen = (kern = '<p>Wij planten honderd bomen.</p>'): Concept => ({
  type: 'informatienota',
  onderwerp: 'Bomen in de wijk',
  datum: '2026-12-01',
  versienummer: 1,
  kenmerk: '2026-000123',
  portefeuillehouder: 'Wethouder S. el Amrani',
  afdeling: 'Openbare ruimte',
  informanten: [{ naam: 'J. de Boer' }],
  financien: { financieleGevolgen: false, begrotingswijziging: false },
  openbaarheid: { openbaar: true },
  secties: [
    { sleutel: 'inleiding', inhoud: '<p>U vroeg om meer bomen.</p>' },
    { sleutel: 'kernboodschap', inhoud: kern },
    { sleutel: 'financiele-consequenties', inhoud: '<p>Geen extra kosten.</p>' },
    { sleutel: 'openbaarheid', inhoud: '<p>Openbaar.</p>' },
  ],
});

async function newMemo(): Promise<{ id: number; revisie: number }> {
  const made = await call(ctx, 'memos.create', { type: 'informatienota' });
  return { id: made.nota.id, revisie: made.nota.revisie };
}

async function stored(nota: Concept): Promise<number> {
  const { id, revisie } = await newMemo();
  await call(ctx, 'memos.update', { id, revisie, nota });
  return id;
}

const bestand = (naam: string, bytes: Uint8Array, mediatype = 'image/png') => ({
  naam,
  mediatype,
  base64: Buffer.from(bytes).toString('base64'),
});

function seedItems() {
  const db = ctx.db.write();
  const motie = (nummer: string, titel: string, status: 'open' | 'in behandeling' | 'afgedaan' = 'open') =>
    addItem(
      db,
      {
        soort: 'motie',
        nummer,
        titel,
        vergadering: 'Begroting 2026',
        datumAangenomen: '2025-11-06',
        status,
        ...(status === 'afgedaan' && { afdoening: { datum: '2026-01-10', reden: 'Eerder beantwoord' } }),
      },
      OP,
    );
  return {
    m9: motie('M-9', 'Licht op de Molenvaart'),
    m12: motie('M-12', 'Bomen in iedere straat', 'in behandeling'),
    t44: addItem(
      db,
      {
        soort: 'toezegging',
        nummer: '44',
        omschrijving: 'de raad te laten weten wanneer de bomen geplant zijn',
        vergadering: 'commissie Ruimte',
        gedaanOp: '2026-03-19',
        status: 'open',
      },
      OP,
    ),
  };
}

describe('memos.checkSettings', () => {
  it("gives the installation's list of ambtelijke woorden and the thresholds the CLI's check uses", async () => {
    const settings = await call(ctx, 'memos.checkSettings', {});
    const shipped = parseAmbtelijkeWoorden(
      JSON.parse(readFileSync(join(TEMPLATES, 'taal', 'ambtelijke-woorden.json'), 'utf8')),
    );
    expect(settings.woorden).toEqual(shipped);
    expect(settings.woorden.woorden.length).toBeGreaterThan(10);
    expect(settings.drempels).toEqual(DEFAULT_CONFIG);
    expect(settings.drempels.zinslengte).toEqual({ hint: 20, waarschuwing: 30 });
  });

  it('refuses input it does not know', async () => {
    const error = await refusal(ctx, 'memos.checkSettings', { drempels: {} });
    expect(error).toMatchObject({ code: 'invalid_input' });
  });
});

describe('memos.addImage and memos.image', () => {
  it('keeps a PNG and a JPEG with the memo under names of its own, and gives them back byte for byte', async () => {
    const { id, revisie } = await newMemo();
    const picture = png(40, 30);
    const photo = await jpeg();
    expect(await call(ctx, 'memos.addImage', { id, bestand: bestand('organogram.png', picture) })).toEqual({
      naam: 'afbeelding-1.png',
      breedte: 40,
      hoogte: 30,
    });
    expect(
      await call(ctx, 'memos.addImage', { id, bestand: bestand('../../foto.jpeg', photo, 'image/jpeg') }),
    ).toEqual({ naam: 'afbeelding-2.jpg', breedte: 48, hoogte: 20 });
    // The same picture pasted again is kept once.
    expect((await call(ctx, 'memos.addImage', { id, bestand: bestand('kopie.png', picture) })).naam).toBe(
      'afbeelding-1.png',
    );

    const back = await call(ctx, 'memos.image', { id, naam: 'afbeelding-1.png' });
    expect(back).toMatchObject({ naam: 'afbeelding-1.png', mediatype: 'image/png' });
    expect(Buffer.from(back.base64, 'base64').equals(picture)).toBe(true);
    const jpg = await call(ctx, 'memos.image', { id, naam: 'afbeelding-2.jpg' });
    expect(jpg.mediatype).toBe('image/jpeg');
    expect(Buffer.from(jpg.base64, 'base64').equals(photo)).toBe(true);
    // A picture is no change of the memo's content: the revisie an autosave names stays valid.
    expect((await call(ctx, 'memos.get', { id })).nota.revisie).toBe(revisie);
  });

  it('numbers the pictures of each memo on their own', async () => {
    const first = await newMemo();
    const second = await newMemo();
    await call(ctx, 'memos.addImage', { id: first.id, bestand: bestand('a.png', png(4, 4)) });
    await call(ctx, 'memos.addImage', { id: first.id, bestand: bestand('b.png', png(5, 5)) });
    expect(
      (await call(ctx, 'memos.addImage', { id: second.id, bestand: bestand('c.png', png(6, 6)) })).naam,
    ).toBe('afbeelding-1.png');
    const error = await refusal(ctx, 'memos.image', { id: second.id, naam: 'afbeelding-2.png' });
    expect(error).toMatchObject({ code: 'not_found' });
    expect(error.message).toMatch(/heeft geen afbeelding afbeelding-2\.png/);
  });

  it('refuses a file that is no whole PNG or JPEG, naming the field bestand, and keeps nothing', async () => {
    const { id } = await newMemo();
    const whole = png(20, 20);
    const cases: [Uint8Array, RegExp][] = [
      [new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), /PNG- of JPEG-bestand/],
      [whole.subarray(0, whole.length - 20), /PNG-bestand/],
      [new Uint8Array(), /PNG- of JPEG-bestand/],
    ];
    for (const [bytes, message] of cases) {
      const error = await refusal(ctx, 'memos.addImage', { id, bestand: bestand('x.png', bytes) });
      expect(error).toMatchObject({ code: 'invalid_input', field: 'bestand' });
      expect(error.issues?.[0]?.message).toMatch(message);
    }
    expect((await call(ctx, 'memos.addImage', { id, bestand: bestand('goed.png', whole) })).naam).toBe(
      'afbeelding-1.png',
    );
  });

  it('refuses a picture above 10 MB, saying how large it is', async () => {
    const { id } = await newMemo();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(png(2, 2));
    const error = await refusal(ctx, 'memos.addImage', { id, bestand: bestand('groot.png', big) });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'bestand' });
    expect(error.issues?.[0]?.message).toMatch(/de afbeelding is 10,0 MB; .* hoogstens 10 MB/);
  });

  it('refuses a memo that is not there, a name that is no picture name, and bytes that are no base64', async () => {
    const { id } = await newMemo();
    expect(
      await refusal(ctx, 'memos.addImage', { id: 99, bestand: bestand('a.png', png(2, 2)) }),
    ).toMatchObject({ code: 'not_found', message: expect.stringMatching(/geen nota met id 99/) as unknown });
    expect(await refusal(ctx, 'memos.image', { id: 99, naam: 'afbeelding-1.png' })).toMatchObject({
      code: 'not_found',
    });
    for (const naam of [
      '../register.sqlite',
      'afbeelding-1.gif',
      'afbeelding-0.png',
      'https://x/afbeelding-1.png',
    ]) {
      expect(await refusal(ctx, 'memos.image', { id, naam }), naam).toMatchObject({
        code: 'invalid_input',
        field: 'naam',
      });
    }
    const error = await refusal(ctx, 'memos.addImage', {
      id,
      bestand: { naam: 'a.png', mediatype: 'image/png', base64: 'geen base64!' },
    });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'bestand.base64' });
  });
});

describe('a stored memo with its pictures', () => {
  it('memos.render and memos.validate take its pictures from the register', async () => {
    const { id, revisie } = await newMemo();
    const picture = png(64, 32);
    const { naam } = await call(ctx, 'memos.addImage', { id, bestand: bestand('organogram.png', picture) });
    await call(ctx, 'memos.update', {
      id,
      revisie,
      nota: bomen(`<p>Zo is het team opgebouwd.</p><img src="${naam}" ${ALT}>`),
    });
    expect(await call(ctx, 'memos.validate', { id })).toMatchObject({ onderwerp: 'Bomen in de wijk' });
    const rendered = await call(ctx, 'memos.render', { id, aangemaakt: '2026-12-06T10:00:00+01:00' });
    const docx = readDocx(Buffer.from(rendered.base64, 'base64'));
    const media = Object.entries(docx.files).filter(([path]) => path.startsWith('word/media/'));
    // The logo and the picture: the picture's bytes as they were added.
    expect(media.some(([, bytes]) => Buffer.from(bytes).equals(picture))).toBe(true);
    expect(docx.documentXml).toContain('Organogram van het team');
  });

  it('refuses a picture the register does not keep with that memo, naming its section', async () => {
    const other = await newMemo();
    await call(ctx, 'memos.addImage', { id: other.id, bestand: bestand('a.png', png(8, 8)) });
    const id = await stored(bomen(`<img src="afbeelding-1.png" ${ALT}>`));
    const error = await refusal(ctx, 'memos.render', { id });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'secties[1].inhoud' });
    expect(error.issues?.map((i) => i.message)).toEqual([
      'Sectie "Kernboodschap": afbeelding "afbeelding-1.png": de nota heeft deze afbeelding niet in het register; voeg haar toe in de editor',
    ]);
  });
});

describe('memos.preview', () => {
  it('shows an empty concept with a placeholder for every field and section still missing, and lists them', async () => {
    const { id } = await newMemo();
    const { bestand: docx, ontbreekt } = await call(ctx, 'memos.preview', { id });
    expect(docx.naam).toBe('nota.docx');
    expect(docx.mediatype).toMatch(/wordprocessingml/);
    const read = readDocx(Buffer.from(docx.base64, 'base64'));
    const text = read.paragraphs.map((p) => p.text);
    for (const shown of [
      '[Onderwerp nog invullen]',
      '[Datum nog invullen]',
      '[Kenmerk nog invullen]',
      '[Versienummer nog invullen]',
      '[Portefeuillehouder nog invullen]',
      '[Afdeling nog invullen]',
      '[Informant nog invullen]',
    ]) {
      expect(text, shown).toContain(shown);
    }
    // Under each of the four required sections' headings.
    const headings = read.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual(['Inleiding', 'Kernboodschap', 'Financiële consequenties', 'Openbaarheid']);
    // Inleiding and kernboodschap wait for their text; the other two for the choice printed at their top.
    expect(text.filter((t) => t === '[Nog te schrijven]')).toHaveLength(2);
    for (const choice of ['[Financiële consequenties nog invullen]', '[Openbaarheid nog invullen]'])
      expect(text, choice).toContain(choice);
    expect(read.headers.join('\n')).toContain('Datum [Datum nog invullen]');
    expect(read.documentXml).not.toContain('0001');

    const paths = ontbreekt.map((p) => p.path);
    for (const path of ['onderwerp', 'datum', 'versienummer', 'kenmerk', 'portefeuillehouder', 'afdeling'])
      expect(paths, path).toContain(path);
    expect(paths).toContain('secties[0].inhoud');
    expect(ontbreekt).toContainEqual({
      path: 'secties[1].inhoud',
      message: 'verplichte sectie "Kernboodschap" is leeg',
    });
  });

  it('shows an empty raadsvoorstel with its decisions and the date of the council meeting still to fill in', async () => {
    const made = await call(ctx, 'memos.create', { type: 'raadsvoorstel' });
    const { bestand: docx } = await call(ctx, 'memos.preview', { id: made.nota.id });
    const read = readDocx(Buffer.from(docx.base64, 'base64'));
    const text = read.paragraphs.map((p) => p.text);
    // Under "Voorgestelde beslissing" and again on the raadsbesluit.
    expect(text.filter((t) => t === '[Voorgestelde beslissing nog invullen]')).toHaveLength(2);
    expect(text).toContain('[Datum raadsvergadering nog invullen]');
    expect(read.headers.join('\n')).toContain('Raadsvergadering [Datum raadsvergadering nog invullen]');
    expect(read.documentXml).not.toContain('0001');
  });

  it('shows the concept as given, with the linked items and pictures, without writing anything', async () => {
    const { m12, t44 } = seedItems();
    const { id, revisie } = await newMemo();
    await call(ctx, 'memos.link', { id, soort: 'motie', itemId: m12.id });
    await call(ctx, 'memos.link', { id, soort: 'toezegging', itemId: t44.id });
    const picture = png(16, 16);
    await call(ctx, 'memos.addImage', { id, bestand: bestand('a.png', picture) });
    const before = await call(ctx, 'memos.get', { id });
    const files = readdirSync(dir).sort();

    const { bestand: docx, ontbreekt } = await call(ctx, 'memos.preview', {
      id,
      nota: bomen(`<p>Zo ziet het eruit.</p><img src="afbeelding-1.png" ${ALT}>`),
    });
    expect(ontbreekt).toEqual([]);
    expect(docx.naam).toBe('Bomen in de wijk.docx');
    const read = readDocx(Buffer.from(docx.base64, 'base64'));
    const text = read.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Zo ziet het eruit.');
    expect(text).toContain('motie M-12');
    expect(text).toContain('toezegging 44');
    expect(text).not.toContain('[');
    expect(Object.values(read.files).some((bytes) => Buffer.from(bytes).equals(picture))).toBe(true);

    expect(await call(ctx, 'memos.get', { id })).toEqual(before);
    expect(before.nota.revisie).toBe(revisie + 2);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('shows a section it cannot read yet in place, and a kenmerk that does not fit, listing both', async () => {
    const { id } = await newMemo();
    const nota = {
      ...bomen('<p>Zie de kaart.</p><img src="afbeelding-7.png" alt="Kaart">'),
      kenmerk: 'RV-1',
    };
    const { bestand: docx, ontbreekt } = await call(ctx, 'memos.preview', { id, nota });
    const text = readDocx(Buffer.from(docx.base64, 'base64')).paragraphs.map((p) => p.text);
    expect(text).toContain('[Deze tekst kan nog niet worden getoond; zie wat er ontbreekt]');
    expect(text).toContain('U vroeg om meer bomen.');
    expect(text).not.toContain('Zie de kaart.');
    expect(ontbreekt).toEqual([
      { path: 'kenmerk', message: expect.stringMatching(/^past niet bij het kenmerkpatroon/) as unknown },
      {
        path: 'secties[1].inhoud',
        message: expect.stringMatching(
          /afbeelding "afbeelding-7.png": de nota heeft deze afbeelding niet/,
        ) as unknown,
      },
    ]);
  });

  it('shows a choice printed in a section (openbaarheid) as a placeholder at the top of that section', async () => {
    const { id } = await newMemo();
    const concept = { ...bomen(), openbaarheid: undefined };
    const plain = {
      ...concept,
      secties: concept.secties.map((s) => ({ ...s, inhoud: s.inhoud.replace(/<\/?p>/g, '') })),
    };
    const { bestand: docx, ontbreekt } = await call(ctx, 'memos.preview', { id, nota: plain });
    const text = readDocx(Buffer.from(docx.base64, 'base64')).paragraphs.map((p) => p.text);
    const at = text.indexOf('Openbaarheid');
    expect(text.slice(at, at + 3)).toEqual(['Openbaarheid', '[Openbaarheid nog invullen]', 'Openbaar.']);
    expect(ontbreekt.map((p) => p.path)).toEqual(['openbaarheid']);
  });

  it('refuses a concept its type does not take, naming the field, and a memo that is not there', async () => {
    const { id } = await newMemo();
    const error = await refusal(ctx, 'memos.preview', { id, nota: { ...bomen(), datum: '1 december' } });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'nota.datum' });
    const unknown = await refusal(ctx, 'memos.preview', { id, nota: { ...bomen(), kleur: 'rood' } });
    expect(unknown).toMatchObject({ code: 'invalid_input', field: 'nota.kleur' });
    expect(await refusal(ctx, 'memos.preview', { id: 42 })).toMatchObject({ code: 'not_found' });
  });
});

describe('memos.settleItems', () => {
  it('settles the moties and toezeggingen a sent memo answers with the memo and its date, and changes nothing twice', async () => {
    const { m9, m12, t44 } = seedItems();
    const id = await stored(bomen());
    for (const [soort, item] of [
      ['motie', m9],
      ['motie', m12],
      ['toezegging', t44],
    ] as const)
      await call(ctx, 'memos.link', { id, soort, itemId: item.id });
    await call(ctx, 'memos.setStatus', { id, status: 'verzonden' });

    const first = await call(ctx, 'memos.settleItems', { id });
    expect(first.items).toEqual([
      { soort: 'motie', id: m9.id, nummer: 'M-9', status: 'afgedaan', veranderd: true },
      { soort: 'motie', id: m12.id, nummer: 'M-12', status: 'afgedaan', veranderd: true },
      { soort: 'toezegging', id: t44.id, nummer: '44', status: 'afgedaan', veranderd: true },
    ]);
    const motie = await call(ctx, 'register.get', { soort: 'motie', id: m12.id });
    expect(motie.item).toMatchObject({ status: 'afgedaan', afdoening: { datum: '2026-12-01', memoId: id } });
    expect(motie.historie.at(-1)).toMatchObject({
      veld: 'status',
      oud: 'in behandeling',
      nieuw: 'afgedaan',
      toelichting: 'afgedaan met nota 2026-000123',
      door: 'testgebruiker',
    });

    const second = await call(ctx, 'memos.settleItems', { id });
    expect(second.items.map((i) => i.veranderd)).toEqual([false, false, false]);
    expect(second.items.map((i) => i.status)).toEqual(['afgedaan', 'afgedaan', 'afgedaan']);
    expect((await call(ctx, 'register.get', { soort: 'motie', id: m12.id })).historie).toEqual(
      motie.historie,
    );
  });

  it('leaves an item already afgedaan by another answer as it was', async () => {
    const db = ctx.db.write();
    const done = addItem(
      db,
      {
        soort: 'motie',
        nummer: 'M-3',
        titel: 'Bankjes',
        vergadering: 'Raad',
        datumAangenomen: '2025-01-01',
        status: 'afgedaan',
        afdoening: { datum: '2025-06-01', reden: 'Bankjes staan er' },
      },
      OP,
    );
    const id = await stored(bomen());
    await call(ctx, 'memos.link', { id, soort: 'motie', itemId: done.id });
    await call(ctx, 'memos.setStatus', { id, status: 'verzonden' });
    expect((await call(ctx, 'memos.settleItems', { id })).items).toEqual([
      { soort: 'motie', id: done.id, nummer: 'M-3', status: 'afgedaan', veranderd: false },
    ]);
    expect((await call(ctx, 'register.get', { soort: 'motie', id: done.id })).item.afdoening).toEqual({
      datum: '2025-06-01',
      reden: 'Bankjes staan er',
    });
  });

  it('refuses a memo that is not sent, and one without a date, changing nothing', async () => {
    const { m9 } = seedItems();
    const id = await stored(bomen());
    await call(ctx, 'memos.link', { id, soort: 'motie', itemId: m9.id });
    const error = await refusal(ctx, 'memos.settleItems', { id });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/nog niet verzonden \(status concept\)/);

    const undated = (await newMemo()).id;
    await call(ctx, 'memos.link', { id: undated, soort: 'motie', itemId: m9.id });
    await call(ctx, 'memos.setStatus', { id: undated, status: 'verzonden' });
    expect(await refusal(ctx, 'memos.settleItems', { id: undated })).toMatchObject({
      code: 'invalid_input',
      field: 'id',
      issues: [{ path: 'id', message: expect.stringMatching(/heeft geen datum/) as unknown }],
    });
    expect((await call(ctx, 'register.get', { soort: 'motie', id: m9.id })).item.status).toBe('open');
    expect(await refusal(ctx, 'memos.settleItems', { id: 77 })).toMatchObject({ code: 'not_found' });
  });

  it('settles all or nothing: an item the rules refuse refuses them all, naming it', async () => {
    const { m9 } = seedItems();
    const db = ctx.db.write();
    const held = addItem(
      db,
      {
        soort: 'motie',
        nummer: 'M-20',
        titel: 'Een nieuw zwembad',
        vergadering: 'Raad',
        datumAangenomen: '2025-01-01',
        status: 'aangehouden',
      },
      OP,
    );
    const id = await stored(bomen());
    await call(ctx, 'memos.link', { id, soort: 'motie', itemId: m9.id });
    await call(ctx, 'memos.link', { id, soort: 'motie', itemId: held.id });
    await call(ctx, 'memos.setStatus', { id, status: 'verzonden' });
    const error = await refusal(ctx, 'memos.settleItems', { id });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'id' });
    expect(error.issues?.map((i) => i.message)).toEqual([
      'motie M-20 kan niet van ‘aangehouden’ naar ‘afgedaan’; vanuit ‘aangehouden’ kan: open, verworpen, ingetrokken',
    ]);
    expect((await call(ctx, 'register.get', { soort: 'motie', id: m9.id })).item.status).toBe('open');
  });
});
