import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoConcept } from '../core/model/memo-concept.js';
import { openRegister, type Register } from '../db/connection.js';
import { Conflict, NotFound } from '../db/repositories/errors.js';
import { memoReferences } from '../db/repositories/links.js';
import { createMemo, getMemo, readMemoVersion, storeMemoVersion } from '../db/repositories/memos.js';
import { addItem } from '../services/register/items.js';
import { changeMemoStatus, linkItem, saveMemo, unlinkItem } from '../services/memos/store.js';
import { composeKennisname } from '../core/kennisname.js';
import { issuesOf, makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';

const MIGRATIONS = join(ROOT, 'db', 'migrations');
const OP = '2026-09-01T10:00:00Z';
const LATER = '2026-09-20T16:30:00Z';
const by = (op: string) => ({ door: 'L. de Wit', op });

let dir: string;
let db: Register;
beforeEach(async () => {
  dir = await makeTempDir();
  db = openRegister(join(dir, 'register.sqlite'), MIGRATIONS, { create: true });
});
afterEach(async () => {
  db.close();
  await removeTempDir(dir);
});

const nota = (fields: Partial<MemoConcept> = {}): MemoConcept => ({
  type: 'informatienota',
  onderwerp: 'Verlichting van het fietspad langs de Molenvaart',
  datum: '2026-09-01',
  versienummer: 1,
  kenmerk: '2026-000731',
  portefeuillehouder: 'Wethouder M. Smits',
  informanten: [{ naam: 'L. de Wit', email: 'l.dewit@voorbeeld.nl' }],
  afdeling: 'Ruimte, team Verkeer',
  bijlagen: [],
  secties: [
    {
      sleutel: 'inleiding',
      inhoud: '<p>U vroeg ons het fietspad langs de Molenvaart beter te verlichten.</p>',
    },
    { sleutel: 'kernboodschap', inhoud: '<p>De nieuwe lantaarns branden sinds augustus.</p>' },
    {
      sleutel: 'financiele-consequenties',
      inhoud: '<p>De kosten passen binnen het budget voor openbare verlichting.</p>',
    },
    { sleutel: 'openbaarheid', inhoud: '<p>Deze nota is openbaar.</p>' },
  ],
  ...fields,
});

const lantaarns = {
  soort: 'motie',
  nummer: 'M-9',
  titel: 'Licht op de Molenvaart',
  vergadering: 'Begroting 2026',
  datumAangenomen: '2025-11-06',
  dictum: 'verzoekt het college het fietspad langs de Molenvaart vóór de winter te verlichten',
  status: 'open',
};

const toezegging = {
  soort: 'toezegging',
  nummer: '44',
  omschrijving: 'de raad te laten weten wanneer de lantaarns branden',
  gedaanDoor: 'wethouder Smits',
  vergadering: 'commissie Ruimte',
  gedaanOp: '2026-03-19',
  status: 'open',
};

describe('storing memos', () => {
  it('stores a new memo as a concept, with its content as version 1', () => {
    const record = createMemo(db, nota(), by(OP));
    expect(record).toEqual({
      id: record.id,
      type: 'informatienota',
      onderwerp: 'Verlichting van het fietspad langs de Molenvaart',
      kenmerk: '2026-000731',
      status: 'concept',
      versie: 1,
      revisie: 1,
      createdAt: OP,
      updatedAt: OP,
    });
    expect(readMemoVersion(db, record.id)).toEqual({
      memoId: record.id,
      versie: 1,
      bevroren: false,
      createdAt: OP,
      memo: nota(),
    });
  });

  it('refuses a memo that is not valid, naming the field', async () => {
    const issues = await issuesOf(() => createMemo(db, { ...nota(), onderwerp: '' }, by(OP)));
    expect(issues.map((i) => i.path)).toEqual(['onderwerp']);
    expect(db.prepare('SELECT count(*) AS n FROM memos').get()).toEqual({ n: 0 });
  });

  it('writes over the current version while the memo is not sent', () => {
    const { id } = createMemo(db, nota(), by(OP));
    const saved = saveMemo(db, id, nota({ onderwerp: 'Lantaarns langs de Molenvaart' }), by(LATER));
    expect(saved.versie).toBe(1);
    expect(getMemo(db, id)).toMatchObject({
      versie: 1,
      onderwerp: 'Lantaarns langs de Molenvaart',
      updatedAt: LATER,
    });
  });

  it('freezes the sent version: saving makes version 2, and version 1 stays readable and unchanged', () => {
    const { id } = createMemo(db, nota(), by(OP));
    changeMemoStatus(db, id, 'verzonden', by(OP));
    expect(readMemoVersion(db, id, 1).bevroren).toBe(true);
    const second = saveMemo(db, id, nota({ onderwerp: 'Verlichting Molenvaart, aangevuld' }), by(LATER));
    expect(second).toMatchObject({ versie: 2, bevroren: false });
    expect(getMemo(db, id)).toMatchObject({
      versie: 2,
      status: 'concept',
      onderwerp: 'Verlichting Molenvaart, aangevuld',
    });
    expect(readMemoVersion(db, id, 1)).toEqual({
      memoId: id,
      versie: 1,
      bevroren: true,
      createdAt: OP,
      memo: nota(),
      verwijzingen: { moties: [], toezeggingen: [] },
    });
    expect(readMemoVersion(db, id).memo.onderwerp).toBe('Verlichting Molenvaart, aangevuld');
    expect(db.prepare('SELECT versie, bevroren FROM memo_versies ORDER BY versie').all()).toEqual([
      { versie: 1, bevroren: 1 },
      { versie: 2, bevroren: 0 },
    ]);
  });

  it('never writes over a frozen version, whoever asks', () => {
    const { id } = createMemo(db, nota(), by(OP));
    changeMemoStatus(db, id, 'verzonden', by(OP));
    expect(() => {
      storeMemoVersion(db, id, 1, nota({ onderwerp: 'Stiekem anders' }), LATER);
    }).toThrow(Conflict);
    expect(readMemoVersion(db, id, 1).memo.onderwerp).toBe(
      'Verlichting van het fietspad langs de Molenvaart',
    );
  });

  it('says which version is missing', () => {
    const { id } = createMemo(db, nota(), by(OP));
    expect(() => readMemoVersion(db, id, 3)).toThrow(new NotFound(`nota ${id} heeft geen versie 3`));
    expect(() => getMemo(db, id + 1)).toThrow(NotFound);
  });
});

describe('the life of a memo', () => {
  it('moves forward, skipping steps if need be, and back to concept until it is sent', () => {
    const { id } = createMemo(db, nota(), by(OP));
    expect(changeMemoStatus(db, id, 'ambtelijk akkoord', by(OP)).status).toBe('ambtelijk akkoord');
    expect(changeMemoStatus(db, id, 'concept', by(OP)).status).toBe('concept');
    expect(changeMemoStatus(db, id, 'B&W-besluit', by(OP)).status).toBe('B&W-besluit');
    expect(changeMemoStatus(db, id, 'verzonden', by(LATER))).toMatchObject({
      status: 'verzonden',
      updatedAt: LATER,
    });
  });

  it('refuses to go back from B&W-besluit to ambtelijk akkoord, and any step after it is sent', async () => {
    const { id } = createMemo(db, nota(), by(OP));
    changeMemoStatus(db, id, 'B&W-besluit', by(OP));
    expect((await issuesOf(() => changeMemoStatus(db, id, 'ambtelijk akkoord', by(OP))))[0]?.message).toMatch(
      /kan niet terug/,
    );
    changeMemoStatus(db, id, 'verzonden', by(OP));
    expect((await issuesOf(() => changeMemoStatus(db, id, 'concept', by(OP))))[0]?.message).toMatch(
      /nieuwe versie/,
    );
  });
});

describe('what a memo answers', () => {
  it('feeds composeKennisname from the register: number, title, Dutch date and meeting', () => {
    const { id } = createMemo(db, nota(), by(OP));
    const motie = addItem(db, lantaarns, OP);
    const belofte = addItem(db, toezegging, OP);
    linkItem(db, id, { soort: 'motie', id: motie.id }, OP);
    linkItem(db, id, { soort: 'toezegging', id: belofte.id }, OP);
    const refs = memoReferences(db, id);
    expect(refs).toEqual({
      moties: [
        {
          nummer: 'M-9',
          titel: 'Licht op de Molenvaart',
          vergadering: 'Begroting 2026',
          datumAangenomen: '2025-11-06',
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
    });
    expect(composeKennisname('de verlichting', refs.moties, refs.toezeggingen)).toBe(
      'de reactie van het college op motie M-9 ‘Licht op de Molenvaart’ (aangenomen op 6 november 2025, Begroting 2026) en ' +
        'toezegging 44 ‘de raad te laten weten wanneer de lantaarns branden’ (gedaan op 19 maart 2026 door wethouder Smits, commissie Ruimte).',
    );
  });

  it('names the moties in number order', () => {
    const { id } = createMemo(db, nota(), by(OP));
    for (const nummer of ['M-10', 'M-2', 'M-9']) {
      linkItem(db, id, { soort: 'motie', id: addItem(db, { ...lantaarns, nummer }, OP).id }, OP);
    }
    expect(memoReferences(db, id).moties.map((m) => m.nummer)).toEqual(['M-2', 'M-9', 'M-10']);
  });

  it('refuses to name a linked motie without an adoption date, naming it', async () => {
    const { id } = createMemo(db, nota(), by(OP));
    const undated = addItem(db, { ...lantaarns, datumAangenomen: undefined, nummerreeks: '2025' }, OP);
    linkItem(db, id, { soort: 'motie', id: undated.id }, OP);
    expect(await issuesOf(() => memoReferences(db, id))).toEqual([
      {
        path: 'moties',
        message:
          'motie M-9 ‘Licht op de Molenvaart’ heeft in het register geen datum aangenomen; vul die in voordat de nota haar noemt',
      },
    ]);
  });

  it('links once however often it is asked, and unlinks', () => {
    const { id } = createMemo(db, nota(), by(OP));
    const ref = { soort: 'motie' as const, id: addItem(db, lantaarns, OP).id };
    linkItem(db, id, ref, OP);
    linkItem(db, id, ref, OP);
    expect(memoReferences(db, id).moties).toHaveLength(1);
    expect(unlinkItem(db, id, ref, OP)).toBe(true);
    expect(unlinkItem(db, id, ref, OP)).toBe(false);
    expect(memoReferences(db, id).moties).toEqual([]);
  });

  it('refuses a link to an item or memo that is not in the register', () => {
    const { id } = createMemo(db, nota(), by(OP));
    expect(() => {
      linkItem(db, id, { soort: 'toezegging', id: 5 }, OP);
    }).toThrow(NotFound);
    expect(() => {
      linkItem(db, id + 1, { soort: 'toezegging', id: 5 }, OP);
    }).toThrow(/geen nota/);
  });

  it('keeps what a sent memo answers as it was', () => {
    const { id } = createMemo(db, nota(), by(OP));
    const ref = { soort: 'motie' as const, id: addItem(db, lantaarns, OP).id };
    linkItem(db, id, ref, OP);
    changeMemoStatus(db, id, 'verzonden', by(OP));
    expect(() => unlinkItem(db, id, ref, OP)).toThrow(Conflict);
    expect(() => {
      linkItem(db, id, { soort: 'toezegging', id: addItem(db, toezegging, OP).id }, OP);
    }).toThrow(/verzonden/);
    expect(memoReferences(db, id).moties).toHaveLength(1);
  });
});
