import { conceptOf } from '../core/model/memo-concept.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEDIATYPE } from '../api/contract/bestand.js';
import { MemoCheck } from '../api/contract/memo-documents.js';
import type { Context } from '../api/context.js';
import type { Memo } from '../core/model/memo.js';
import { createMemo } from '../db/repositories/memos.js';
import { linkItem } from '../services/memos/store.js';
import { addItem } from '../services/register/items.js';
import { call, NOW, refusal, testContext } from './helpers/api.js';
import { baseMemo, CREATED_ISO, makeTempDir, removeTempDir } from './helpers/assets.js';
import { readDocx, type DocxPackage } from './helpers/docx.js';
import { noBreakSpaces } from '../templates/engine/typography.js';

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

const OP = '2026-09-01T10:00:00Z';

/** The example informatienota without the moties and toezeggingen it names: a stored memo takes those from links. */
async function bareMemo(): Promise<Memo> {
  return { ...(await baseMemo('informatienota')), moties: [], toezeggingen: [] };
}

/** A memo in the register, linked to two moties and a toezegging. */
async function storedMemo(): Promise<number> {
  const db = ctx.db.write();
  const { id } = createMemo(db, conceptOf(await bareMemo()), { door: 'griffie', op: OP });
  const items = [
    {
      soort: 'motie',
      nummer: 'M-9',
      titel: 'Licht op de Molenvaart',
      vergadering: 'Begroting 2026',
      datumAangenomen: '2025-11-06',
      status: 'open',
    },
    {
      soort: 'motie',
      nummer: 'M-12',
      titel: 'Veilig naar school',
      vergadering: 'Voorjaarsnota 2026',
      datumAangenomen: '2026-07-02',
      status: 'open',
    },
    {
      soort: 'toezegging',
      nummer: '44',
      omschrijving: 'de raad te laten weten wanneer de lantaarns branden',
      gedaanDoor: 'wethouder Smits',
      vergadering: 'commissie Ruimte',
      gedaanOp: '2026-03-19',
      status: 'open',
    },
  ];
  for (const item of items) {
    const stored = addItem(db, item, OP);
    linkItem(db, id, { soort: stored.soort, id: stored.id }, OP);
  }
  return id;
}

function docxOf(bestand: { base64: string }): DocxPackage {
  return readDocx(Buffer.from(bestand.base64, 'base64'));
}

/** The sentence after "Wij stellen u voor kennis te nemen van:". */
function kennisname(docx: DocxPackage): string | undefined {
  const i = docx.paragraphs.findIndex((p) => p.text === 'Wij stellen u voor kennis te nemen van:');
  return i === -1 ? undefined : docx.paragraphs[i + 1]?.text;
}

describe('memos.render', () => {
  it('renders a memo document to a DOCX named after its subject, at the given time, without a register', async () => {
    const nota = await baseMemo('informatienota');
    const bestand = await call(ctx, 'memos.render', { nota, aangemaakt: CREATED_ISO });
    // The subject is longer than a file name should be: cut after its last whole word that fits.
    expect(bestand.naam).toBe(
      'Zwemles voor kinderen uit gezinnen met een laag inkomen (M-23 Begroting 2026 en M-07 Voorjaarsnota.docx',
    );
    expect(bestand.mediatype).toBe(MEDIATYPE.docx);
    const docx = docxOf(bestand);
    expect(docx.paragraphs.map((p) => p.text)).toContain(nota.onderwerp);
    expect(docx.coreXml).toContain('2026-01-01T00:00:00Z');
    expect(ctx.db.exists()).toBe(false);
  });

  it('names the document after a subject that a file system would refuse as a name, else its kenmerk', async () => {
    const nota = await baseMemo('raadsmededeling');
    const named = async (onderwerp: string): Promise<string> =>
      (await call(ctx, 'memos.render', { nota: { ...nota, onderwerp } })).naam;
    expect(await named('Vervolg: fase 1/2 <concept>?')).toBe('Vervolg fase 1 2 concept.docx');
    expect(await named('???')).toBe(`${nota.kenmerk}.docx`);
  });

  it('takes the creation time from the context’s clock when none is given', async () => {
    const bestand = await call(ctx, 'memos.render', { nota: await baseMemo('raadsmededeling') });
    expect(docxOf(bestand).coreXml).toContain(NOW.toISOString().replace('.000Z', 'Z'));
  });

  it('renders a stored memo with a "kennis te nemen van" sentence naming the moties and toezegging linked to it', async () => {
    const id = await storedMemo();
    const docx = docxOf(await call(ctx, 'memos.render', { id, aangemaakt: CREATED_ISO }));
    expect(kennisname(docx)).toBe(
      noBreakSpaces(
        'de reactie van het college op motie M-9 ‘Licht op de Molenvaart’ (aangenomen op 6 november 2025, Begroting 2026), ' +
          'motie M-12 ‘Veilig naar school’ (aangenomen op 2 juli 2026, Voorjaarsnota 2026) en ' +
          'toezegging 44 ‘de raad te laten weten wanneer de lantaarns branden’ (gedaan op 19 maart 2026 door wethouder Smits, commissie Ruimte).',
      ),
    );
  });

  it('gives the same bytes for a stored memo as for the document with the linked items typed in', async () => {
    const id = await storedMemo();
    const stored = await call(ctx, 'memos.render', { id, aangemaakt: CREATED_ISO });
    const typed = await call(ctx, 'memos.render', {
      nota: {
        ...(await bareMemo()),
        moties: [
          {
            nummer: 'M-9',
            titel: 'Licht op de Molenvaart',
            vergadering: 'Begroting 2026',
            datumAangenomen: '2025-11-06',
          },
          {
            nummer: 'M-12',
            titel: 'Veilig naar school',
            vergadering: 'Voorjaarsnota 2026',
            datumAangenomen: '2026-07-02',
          },
        ],
        toezeggingen: [
          {
            nummer: '44',
            omschrijving: 'de raad te laten weten wanneer de lantaarns branden',
            gedaanOp: '2026-03-19',
            vergadering: 'commissie Ruimte',
            gedaanDoor: 'wethouder Smits',
          },
        ],
      },
      aangemaakt: CREATED_ISO,
    });
    expect(stored).toEqual(typed);
  });

  it('refuses a creation time a DOCX cannot hold, or one without an offset, naming the field', async () => {
    const nota = await baseMemo('raadsmededeling');
    for (const aangemaakt of ['1970-01-01T00:00:00Z', '2026-01-01T12:00:00']) {
      const error = await refusal(ctx, 'memos.render', { nota, aangemaakt });
      expect(error).toMatchObject({ code: 'invalid_input', field: 'aangemaakt' });
    }
  });
});

describe('memos.validate', () => {
  it('says what a memo document holds', async () => {
    const nota = await baseMemo('informatienota');
    const summary = await call(ctx, 'memos.validate', { nota });
    expect(summary).toMatchObject({ type: 'informatienota', onderwerp: nota.onderwerp });
    expect(summary.secties).toBe(nota.secties.length);
    expect(summary.verplicht).toBeGreaterThan(0);
  });

  it('says the same of a stored memo, by its id and by its version', async () => {
    const id = await storedMemo();
    const nota = await bareMemo();
    for (const input of [{ id }, { id, versie: 1 }]) {
      expect(await call(ctx, 'memos.validate', input)).toEqual(await call(ctx, 'memos.validate', { nota }));
    }
  });

  it('refuses a memo that fails the schema with every field named, under nota', async () => {
    const nota = { ...(await baseMemo('informatienota')), datum: '13-10-2026', afdeling: undefined };
    const error = await refusal(ctx, 'memos.validate', { nota });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['nota.afdeling', 'nota.datum']);
    expect(error.field).toBe(error.issues?.[0]?.path);
  });

  it('refuses a memo the template cannot take (a required section left out) as the memo’s problem', async () => {
    const nota = await baseMemo('informatienota');
    const error = await refusal(ctx, 'memos.validate', {
      nota: { ...nota, secties: nota.secties.filter((s) => s.sleutel !== 'kernboodschap') },
    });
    expect(error).toMatchObject({ code: 'invalid_input', message: 'Ongeldige nota:' });
    expect(error.issues?.map((i) => i.message).join('\n')).toMatch(/Kernboodschap/i);
  });

  it('asks for exactly one of a memo and an id, and a version only with an id', async () => {
    const nota = await baseMemo('informatienota');
    expect(await refusal(ctx, 'memos.validate', {})).toMatchObject({ code: 'invalid_input' });
    expect(await refusal(ctx, 'memos.validate', { nota, id: 1 })).toMatchObject({ field: 'id' });
    expect(await refusal(ctx, 'memos.validate', { nota, versie: 2 })).toMatchObject({ field: 'versie' });
    expect(await refusal(ctx, 'memos.validate', { id: 0 })).toMatchObject({ field: 'id' });
  });

  it('gives not_found for a memo or a version that is not in the register', async () => {
    const id = await storedMemo();
    expect(await refusal(ctx, 'memos.validate', { id: id + 1 })).toMatchObject({
      code: 'not_found',
      message: `er staat geen nota met id ${id + 1} in het register`,
    });
    expect(await refusal(ctx, 'memos.render', { id, versie: 2 })).toMatchObject({ code: 'not_found' });
    expect(await refusal(ctx, 'memos.check', { id: id + 1 })).toMatchObject({ code: 'not_found' });
  });

  it('says that there is no register, and makes none, when a stored memo is asked for without one', async () => {
    expect(await refusal(ctx, 'memos.validate', { id: 1 })).toMatchObject({ code: 'refused' });
    expect(ctx.db.exists()).toBe(false);
  });
});

describe('memos.check', () => {
  it('checks a memo document section by section, and its output passes the contract’s schema', async () => {
    const nota = await baseMemo('informatienota');
    const check = await call(ctx, 'memos.check', { nota });
    expect(MemoCheck.safeParse(check).success).toBe(true);
    expect(check.nota).toEqual({ type: 'informatienota', onderwerp: nota.onderwerp });
    expect(check.sections.map((s) => s.path)).toContain('secties[0].inhoud');
    expect(check.drempels.zinslengte).toEqual({ hint: 20, waarschuwing: 30 });
    expect(check.figures.words).toBeGreaterThan(100);
  });

  it('checks a stored memo as the document it stands for', async () => {
    const id = await storedMemo();
    const stored = await call(ctx, 'memos.check', { id });
    const document = await call(ctx, 'memos.check', { nota: await bareMemo() });
    expect(stored.sections).toEqual(document.sections);
    expect(stored.verdict).toBe(document.verdict);
  });

  it('takes thresholds, filling in the defaults, and refuses wrong ones naming the field', async () => {
    const nota = await baseMemo('informatienota');
    const strict = await call(ctx, 'memos.check', { nota, drempels: { zinslengte: { hint: 5 } } });
    expect(strict.drempels.zinslengte).toEqual({ hint: 5, waarschuwing: 30 });
    const long = (check: MemoCheck): number =>
      check.sections.flatMap((s) => s.findings).filter((f) => f.kind === 'long-sentence').length;
    expect(long(strict)).toBeGreaterThan(long(await call(ctx, 'memos.check', { nota })));

    const error = await refusal(ctx, 'memos.check', { nota, drempels: { zinslengte: { hint: 'twintig' } } });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'drempels.zinslengte.hint' });
  });
});

describe('memos.kenmerk', () => {
  it('without a register proposes the first of today’s year, says so, and makes no register', async () => {
    const proposal = await call(ctx, 'memos.kenmerk', {});
    expect(proposal.kenmerk).toBe('2026-000001');
    expect(proposal.opmerking).toBe(
      `Er is nog geen register in ${ctx.db.file}; geteld zonder nota's, er is niets aangemaakt.`,
    );
    expect(ctx.db.exists()).toBe(false);
  });

  it('counts the kenmerken of the memos in the register, of the date’s year', async () => {
    const db = ctx.db.write();
    for (const kenmerk of ['2026-000007', '2025-000100']) {
      createMemo(db, conceptOf({ ...(await bareMemo()), kenmerk }), { door: 'griffie', op: OP });
    }
    expect(await call(ctx, 'memos.kenmerk', {})).toEqual({ kenmerk: '2026-000008' });
    expect(await call(ctx, 'memos.kenmerk', { datum: '2025-12-31' })).toEqual({ kenmerk: '2025-000101' });
    expect(await refusal(ctx, 'memos.kenmerk', { datum: '2025-13-01' })).toMatchObject({ field: 'datum' });
  });
});

describe('memos.schema', () => {
  it('gives the JSON Schema of a memo file', async () => {
    const schema = await call(ctx, 'memos.schema', {});
    expect(schema.$id).toBe('https://raadsnota.nl/schema/nota.json');
    expect(JSON.stringify(schema)).toContain('raadsmededeling');
  });
});
