import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import { dispatch } from '../api/dispatch.js';
import type { InputOf } from '../api/contract/index.js';
import type { Memo } from '../core/model/memo.js';
import { addItem } from '../services/register/items.js';
import { memoDocument } from '../services/memos/document.js';
import { typedMemo } from '../services/memos/typed.js';
import { call, NOW, refusal, testContext } from './helpers/api.js';
import { assets, examplePath, makeTempDir, removeTempDir } from './helpers/assets.js';

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
const WIE = { door: 'testgebruiker', op: OP };

type Concept = InputOf<'memos.update'>['nota'];

const zwemles = (onderwerp: string, kern = '<p>Zwemles is gratis.</p>'): Concept => ({
  type: 'informatienota',
  onderwerp,
  portefeuillehouder: 'Wethouder S. el Amrani',
  secties: [
    { sleutel: 'inleiding', inhoud: '<p>U vroeg ons om zwemles voor ieder kind.</p>' },
    { sleutel: 'kernboodschap', inhoud: kern },
    { sleutel: 'financiele-consequenties', inhoud: '<p>Geen extra kosten.</p>' },
    { sleutel: 'openbaarheid', inhoud: '<p>Openbaar.</p>' },
  ],
});

async function newMemo(onderwerp?: string): Promise<number> {
  const made = await call(ctx, 'memos.create', {
    type: 'informatienota',
    ...(onderwerp !== undefined && { onderwerp }),
  });
  return made.nota.id;
}

function seedItems() {
  const db = ctx.db.write();
  const motie = (nummer: string, titel: string, datumAangenomen: string) =>
    addItem(
      db,
      { soort: 'motie', nummer, titel, vergadering: 'Begroting 2026', datumAangenomen, status: 'open' },
      OP,
    );
  return {
    m9: motie('M-9', 'Licht op de Molenvaart', '2025-11-06'),
    m12: motie('M-12', 'Zwemles voor ieder kind', '2025-11-06'),
    t44: addItem(
      db,
      {
        soort: 'toezegging',
        nummer: '44',
        omschrijving: 'de raad te laten weten wanneer de lantaarns branden',
        gedaanDoor: 'wethouder Smits',
        vergadering: 'commissie Ruimte',
        gedaanOp: '2026-03-19',
        status: 'open',
      },
      OP,
    ),
  };
}

describe('memos.create', () => {
  it("makes a concept from the type's manifest: the required sections present and empty, revisie 1, in the history", async () => {
    const made = await call(ctx, 'memos.create', { type: 'informatienota', onderwerp: 'Zwemles' });
    expect(made.nota).toMatchObject({
      type: 'informatienota',
      onderwerp: 'Zwemles',
      status: 'concept',
      versie: 1,
      revisie: 1,
    });
    expect(made.document).toEqual({
      type: 'informatienota',
      onderwerp: 'Zwemles',
      bijlagen: [],
      secties: [
        { sleutel: 'inleiding', inhoud: '' },
        { sleutel: 'kernboodschap', inhoud: '' },
        { sleutel: 'financiele-consequenties', inhoud: '' },
        { sleutel: 'openbaarheid', inhoud: '' },
      ],
    });
    expect(made.historie).toEqual([{ gebeurtenis: 'aangemaakt', nieuw: 'concept', versie: 1, ...WIE }]);
    const raadsmededeling = await call(ctx, 'memos.create', { type: 'raadsmededeling' });
    expect(raadsmededeling.nota.onderwerp).toBe('');
    expect(raadsmededeling.document.secties.map((s) => s.sleutel)).toContain('kernboodschap');
  });

  it('refuses a type that does not exist, naming the field', async () => {
    const error = await refusal(ctx, 'memos.create', { type: 'brief' });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'type' });
  });

  it('says what a concept still lacks when it is rendered, and the strict document once it is complete', async () => {
    const id = await newMemo();
    const { types } = await assets();
    expect(() => typedMemo(memoDocument(ctx.db.read(), id), types)).toThrow(/Onderwerp ontbreekt/);
    const exported = await call(ctx, 'memos.export', { id });
    expect(exported.compleet).toBe(false);
    expect(exported.ontbreekt.map((i) => i.path)).toEqual(
      expect.arrayContaining(['onderwerp', 'datum', 'kenmerk', 'informanten', 'afdeling']),
    );
  });
});

describe('memos.update', () => {
  it('stores the content over the revisie it names, and gives the next revisie', async () => {
    const id = await newMemo();
    const saved = await call(ctx, 'memos.update', {
      id,
      revisie: 1,
      nota: zwemles('Zwemles voor ieder kind'),
    });
    expect(saved.nota).toMatchObject({ revisie: 2, versie: 1, onderwerp: 'Zwemles voor ieder kind' });
    expect((await call(ctx, 'memos.get', { id })).document).toEqual({
      ...zwemles('Zwemles voor ieder kind'),
      bijlagen: [],
    });
  });

  it('refuses a stale revisie as a conflict that names the memo and both revisions, and keeps what was stored', async () => {
    const id = await newMemo();
    await call(ctx, 'memos.update', { id, revisie: 1, nota: zwemles('Eerste') });
    const error = await refusal(ctx, 'memos.update', { id, revisie: 1, nota: zwemles('Tweede') });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      `nota ${id} "Eerste" is intussen gewijzigd: u bewerkte revisie 1, het register heeft revisie 2; open de nota opnieuw en breng uw wijziging daarin aan`,
    );
    expect((await call(ctx, 'memos.get', { id })).nota).toMatchObject({ onderwerp: 'Eerste', revisie: 2 });
  });

  it('lets one of two windows that save the same revisie at once win; the other gets conflict, nothing is lost', async () => {
    const id = await newMemo();
    const other = testContext(dir);
    try {
      const results = await Promise.all([
        dispatch('memos.update', { id, revisie: 1, nota: zwemles('Venster A', '<p>Tekst van A.</p>') }, ctx),
        dispatch(
          'memos.update',
          { id, revisie: 1, nota: zwemles('Venster B', '<p>Tekst van B.</p>') },
          other,
        ),
      ]);
      const won = results.flatMap((r) => (r.ok ? [r.value] : []));
      const lost = results.flatMap((r) => (r.ok ? [] : [r.error.code]));
      expect(won).toHaveLength(1);
      expect(lost).toEqual(['conflict']);
      const winner = won[0];
      const stored = await call(other, 'memos.get', { id });
      expect(stored.nota.revisie).toBe(2);
      expect(stored.document).toEqual(winner?.document);
      expect(stored.document.secties[1]?.inhoud).toMatch(/^<p>Tekst van [AB]\.<\/p>$/);
      expect(stored.document.onderwerp).toBe(winner?.nota.onderwerp);
    } finally {
      other.db.close();
    }
  });

  it('refuses a document that breaks the concept schema, naming the field, and changes nothing', async () => {
    const id = await newMemo();
    const error = await refusal(ctx, 'memos.update', {
      id,
      revisie: 1,
      nota: { ...zwemles('Zwemles'), moties: [] },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]).toEqual({ path: 'nota.moties', message: 'onbekend veld' });
    expect((await call(ctx, 'memos.get', { id })).nota.revisie).toBe(1);
  });
});

describe('memos.setStatus', () => {
  it('keeps every step in the history with who and when; saving a sent memo starts version 2 as a concept', async () => {
    const id = await newMemo();
    await call(ctx, 'memos.update', { id, revisie: 1, nota: zwemles('Zwemles') });
    await call(ctx, 'memos.setStatus', {
      id,
      status: 'ambtelijk akkoord',
      toelichting: 'gelezen door het hoofd',
    });
    const sent = await call(ctx, 'memos.setStatus', { id, status: 'verzonden' });
    expect(sent).toMatchObject({ status: 'verzonden', revisie: 4, versie: 1 });
    const next = await call(ctx, 'memos.update', { id, revisie: 4, nota: zwemles('Zwemles, aangevuld') });
    expect(next.nota).toMatchObject({ status: 'concept', versie: 2 });
    expect(next.historie).toEqual([
      { gebeurtenis: 'aangemaakt', nieuw: 'concept', versie: 1, ...WIE },
      {
        gebeurtenis: 'status',
        oud: 'concept',
        nieuw: 'ambtelijk akkoord',
        versie: 1,
        toelichting: 'gelezen door het hoofd',
        ...WIE,
      },
      { gebeurtenis: 'status', oud: 'ambtelijk akkoord', nieuw: 'verzonden', versie: 1, ...WIE },
      {
        gebeurtenis: 'status',
        oud: 'verzonden',
        nieuw: 'concept',
        versie: 1,
        toelichting: 'nieuwe inhoud na verzending: versie 2',
        ...WIE,
      },
    ]);
    expect((await call(ctx, 'memos.export', { id, versie: 1 })).document.onderwerp).toBe('Zwemles');
  });

  it('refuses a step back that the rules refuse, naming the status', async () => {
    const id = await newMemo();
    await call(ctx, 'memos.setStatus', { id, status: 'B&W-besluit' });
    const error = await refusal(ctx, 'memos.setStatus', { id, status: 'ambtelijk akkoord' });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'status' });
    expect((await call(ctx, 'memos.get', { id })).historie).toHaveLength(2);
  });
});

describe('memos.list', () => {
  it('finds memos by status and by words, diacritics folded and markup left out, a page at a time', async () => {
    const steun = await newMemo();
    await call(ctx, 'memos.update', {
      id: steun,
      revisie: 1,
      nota: zwemles(
        'Financiële steun voor sportclubs',
        '<p>De <strong>coördinatie</strong> ligt bij het zwembad.</p>',
      ),
    });
    const licht = await newMemo('Verlichting Molenvaart');
    await call(ctx, 'memos.setStatus', { id: licht, status: 'ambtelijk akkoord' });
    const leeg = await newMemo();

    const ids = async (input: InputOf<'memos.list'>) =>
      (await call(ctx, 'memos.list', input)).items.map((m) => m.id);
    expect(await ids({ text: 'financiele' })).toEqual([steun]);
    expect(await ids({ text: 'coordinatie zwemb' })).toEqual([steun]);
    expect(await ids({ text: 'amrani' })).toEqual([steun]);
    expect(await ids({ text: 'strong' })).toEqual([]);
    expect(await ids({ status: ['ambtelijk akkoord'] })).toEqual([licht]);
    expect(await ids({ status: ['concept'] })).toEqual([leeg, steun].sort((a, b) => b - a));
    expect(await ids({ status: ['concept', 'ambtelijk akkoord'], text: 'molenvaart' })).toEqual([licht]);
    const page = await call(ctx, 'memos.list', { limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(2);
    expect((await call(ctx, 'memos.list', { limit: 2, offset: 2 })).items).toHaveLength(1);
  });

  it('forgets the old words when the content changes', async () => {
    const id = await newMemo('Bankjes in het park');
    await call(ctx, 'memos.update', { id, revisie: 1, nota: zwemles('Zwemles') });
    expect((await call(ctx, 'memos.list', { text: 'bankjes' })).total).toBe(0);
    expect((await call(ctx, 'memos.list', { text: 'zwemles' })).total).toBe(1);
  });
});

describe('memos.link and memos.unlink', () => {
  it('links two moties and a toezegging from the register, gives them back with their ids, and fills the document', async () => {
    const { m9, m12, t44 } = seedItems();
    const id = await newMemo();
    for (const [soort, itemId] of [
      ['motie', m12.id],
      ['motie', m9.id],
      ['toezegging', t44.id],
    ] as const) {
      expect((await call(ctx, 'memos.link', { id, soort, itemId })).veranderd).toBe(true);
    }
    expect((await call(ctx, 'memos.link', { id, soort: 'motie', itemId: m9.id })).veranderd).toBe(false);
    const stored = await call(ctx, 'memos.get', { id });
    expect(stored.moties.map((m) => [m.id, m.nummer])).toEqual([
      [m9.id, 'M-9'],
      [m12.id, 'M-12'],
    ]);
    expect(stored.toezeggingen.map((t) => [t.id, t.nummer])).toEqual([[t44.id, '44']]);
    expect(stored.nota.revisie).toBe(4);
    expect('moties' in stored.document).toBe(false);
    const { document } = await call(ctx, 'memos.export', { id });
    expect(document.moties).toEqual([
      {
        nummer: 'M-9',
        titel: 'Licht op de Molenvaart',
        vergadering: 'Begroting 2026',
        datumAangenomen: '2025-11-06',
      },
      {
        nummer: 'M-12',
        titel: 'Zwemles voor ieder kind',
        vergadering: 'Begroting 2026',
        datumAangenomen: '2025-11-06',
      },
    ]);
    expect(document.toezeggingen.map((t) => t.nummer)).toEqual(['44']);

    expect((await call(ctx, 'memos.unlink', { id, soort: 'motie', itemId: m9.id })).veranderd).toBe(true);
    expect((await call(ctx, 'memos.get', { id })).moties.map((m) => m.nummer)).toEqual(['M-12']);
  });

  it('keeps with a sent version what it answered, when a later version answers other items', async () => {
    const { m9, m12 } = seedItems();
    const id = await newMemo();
    await call(ctx, 'memos.link', { id, soort: 'motie', itemId: m9.id });
    const sent = await call(ctx, 'memos.setStatus', { id, status: 'verzonden' });
    await call(ctx, 'memos.update', { id, revisie: sent.revisie, nota: zwemles('Zwemles, versie 2') });
    await call(ctx, 'memos.unlink', { id, soort: 'motie', itemId: m9.id });
    await call(ctx, 'memos.link', { id, soort: 'motie', itemId: m12.id });
    const nummers = async (versie?: number) =>
      (await call(ctx, 'memos.export', { id, ...(versie !== undefined && { versie }) })).document.moties.map(
        (m) => m.nummer,
      );
    expect(await nummers(1)).toEqual(['M-9']);
    expect(await nummers()).toEqual(['M-12']);
  });

  it('refuses to send a memo whose sentence cannot name a linked motie, naming it', async () => {
    const id = await newMemo();
    const undated = addItem(
      ctx.db.write(),
      {
        soort: 'motie',
        nummer: 'M-4',
        nummerreeks: '2026',
        titel: 'Bankjes',
        vergadering: 'Raad',
        status: 'open',
      },
      OP,
    );
    await call(ctx, 'memos.link', { id, soort: 'motie', itemId: undated.id });
    const error = await refusal(ctx, 'memos.setStatus', { id, status: 'verzonden' });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'moties' });
    expect(error.issues?.[0]?.message).toMatch(
      /motie M-4 ‘Bankjes’ heeft in het register geen datum aangenomen/,
    );
    expect((await call(ctx, 'memos.get', { id })).nota.status).toBe('concept');
  });

  it('refuses to change what a sent memo answers', async () => {
    const { m9 } = seedItems();
    const id = await newMemo();
    await call(ctx, 'memos.setStatus', { id, status: 'verzonden' });
    const error = await refusal(ctx, 'memos.link', { id, soort: 'motie', itemId: m9.id });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/verzonden/);
  });
});

describe('memos.import and memos.export', () => {
  async function example(): Promise<Memo> {
    return JSON.parse(await readFile(examplePath('informatienota'), 'utf8')) as Memo;
  }

  it('reads a memo file in, adding the moties and toezegging the register lacks, and exports it back unchanged', async () => {
    const file = await example();
    const imported = await call(ctx, 'memos.import', file);
    expect(imported.verwijzingen.map((v) => [v.soort, v.nummer, v.nummerreeks, v.toegevoegd])).toEqual([
      ['motie', 'M-23', '2025', true],
      ['motie', 'M-07', '2026', true],
      ['toezegging', '211', '2026', true],
    ]);
    expect(imported.nota).toMatchObject({
      status: 'concept',
      onderwerp: file.onderwerp,
      kenmerk: '2026-004512',
      revisie: 1,
    });
    const stored = await call(ctx, 'memos.get', { id: imported.nota.id });
    expect(stored.historie).toEqual([{ gebeurtenis: 'ingelezen', nieuw: 'concept', versie: 1, ...WIE }]);
    expect(stored.moties.map((m) => m.status)).toEqual(['open', 'open']);

    const exported = await call(ctx, 'memos.export', { id: imported.nota.id });
    expect(exported).toEqual({ document: file, compleet: true, ontbreekt: [] });
  });

  it('links the items the register has already, and adds none twice', async () => {
    const first = await call(ctx, 'memos.import', await example());
    const second = await call(ctx, 'memos.import', await example());
    expect(second.verwijzingen).toEqual(first.verwijzingen.map((v) => ({ ...v, toegevoegd: false })));
    expect((await call(ctx, 'register.search', { soort: 'motie' })).total).toBe(2);
  });

  it('refuses a reference whose number the register gave to another meeting, naming it, and stores nothing', async () => {
    addItem(
      ctx.db.write(),
      {
        soort: 'motie',
        nummer: 'M-23',
        titel: 'Een andere motie',
        vergadering: 'Raad 6 november 2025',
        datumAangenomen: '2025-11-06',
        status: 'open',
      },
      OP,
    );
    const error = await refusal(ctx, 'memos.import', await example());
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe('moties[0]');
    expect(error.issues?.[0]?.message).toBe(
      'het register heeft motie M-23 (nummering 2025) uit "Raad 6 november 2025", niet uit "Begroting 2026"; pas de nota of het register aan',
    );
    expect((await call(ctx, 'memos.list', {})).total).toBe(0);
    expect((await call(ctx, 'register.search', {})).total).toBe(1);
  });

  it('refuses a file that is not a memo, naming the field as render does', async () => {
    const error = await refusal(ctx, 'memos.import', { ...(await example()), datum: '13-10-2026' });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'datum' });
  });
});

describe('a memo that is not there', () => {
  it('is not_found for every operation that names it', async () => {
    await newMemo();
    const { m9 } = seedItems();
    const missing = 999;
    const attempts: [string, unknown][] = [
      ['memos.get', { id: missing }],
      ['memos.update', { id: missing, revisie: 1, nota: zwemles('Zwemles') }],
      ['memos.setStatus', { id: missing, status: 'verzonden' }],
      ['memos.link', { id: missing, soort: 'motie', itemId: m9.id }],
      ['memos.link', { id: 1, soort: 'toezegging', itemId: missing }],
      ['memos.unlink', { id: missing, soort: 'motie', itemId: m9.id }],
      ['memos.export', { id: missing }],
      ['memos.export', { id: 1, versie: 7 }],
    ];
    for (const [name, input] of attempts) {
      const error = await refusal(ctx, name, input);
      expect([name, error.code]).toEqual([name, 'not_found']);
    }
    expect((await refusal(ctx, 'memos.get', { id: 'een' })).code).toBe('invalid_input');
  });
});
