import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Memo } from '../core/model/memo.js';
import type { MotieStatus, RegisterItem } from '../core/model/register.js';
import { openRegister, type Register } from '../db/connection.js';
import { Conflict, NotFound } from '../db/repositories/errors.js';
import { itemHistory } from '../db/repositories/history.js';
import { getItem } from '../db/repositories/items.js';
import { conceptOf } from '../core/model/memo-concept.js';
import { createMemo } from '../db/repositories/memos.js';
import { putSetting } from '../db/repositories/settings.js';
import { addItem, changeStatus, changeTermijn, reopenItem } from '../services/register/items.js';
import { isOverdue } from '../services/register/rules.js';
import { baseMemo, issuesOf, makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';

const MIGRATIONS = join(ROOT, 'db', 'migrations');
const OP = '2026-04-02T08:15:00Z';
const GRIFFIER = 'griffier P. Hendriks';
const change = (toelichting?: string) => ({ door: GRIFFIER, op: OP, ...(toelichting && { toelichting }) });

let dir: string;
let db: Register;
/** An answering memo; its content does not matter here. */
let bankjesMemo: Memo;
beforeEach(async () => {
  bankjesMemo = { ...(await baseMemo('informatienota')), onderwerp: 'Bankjes in het Stadspark' };
  dir = await makeTempDir();
  db = openRegister(join(dir, 'register.sqlite'), MIGRATIONS, { create: true });
});
afterEach(async () => {
  db.close();
  await removeTempDir(dir);
});

const motie = (fields: Record<string, unknown> = {}) => ({
  soort: 'motie',
  nummer: 'M-14',
  titel: 'Bankjes langs de wandelroute in het Stadspark',
  vergadering: 'Raad 12 maart 2026',
  datumAangenomen: '2026-03-12',
  indieners: ['A. Visser (Stadspartij)', 'R. Kok (Dorpsbelang)'],
  dictum: 'verzoekt het college om vóór de zomer tien bankjes te plaatsen',
  portefeuillehouder: 'Wethouder K. Jansen',
  termijn: '2026-07-01',
  status: 'open',
  ...fields,
});

const toezegging = (fields: Record<string, unknown> = {}) => ({
  soort: 'toezegging',
  nummer: '31',
  omschrijving: 'de raad vóór de zomer te informeren over de coördinatie van het leerlingenvervoer',
  gedaanDoor: 'wethouder Jansen',
  vergadering: 'commissie Bestuur',
  gedaanOp: '2026-02-05',
  termijn: '2026-06-30',
  status: 'open',
  ...fields,
});

const ref = (item: RegisterItem) => ({ soort: item.soort, id: item.id });

describe('reading the register', () => {
  it('maps the snake_case columns to the model: indieners as a list, the afdoening from its three columns', () => {
    const added = addItem(db, motie(), OP);
    const memo = createMemo(db, conceptOf(bankjesMemo), change());
    changeStatus(
      db,
      ref(added),
      { status: 'afgedaan', afdoening: { datum: '2026-05-20', memoId: memo.id } },
      change(),
    );
    expect(
      db.prepare('SELECT indieners, afgedaan_op, afdoening_memo_id, datum_aangenomen FROM moties').get(),
    ).toEqual({
      indieners: '["A. Visser (Stadspartij)","R. Kok (Dorpsbelang)"]',
      afgedaan_op: '2026-05-20',
      afdoening_memo_id: memo.id,
      datum_aangenomen: '2026-03-12',
    });
    expect(getItem(db, 'motie', added.id)).toEqual({
      ...motie({ status: 'afgedaan' }),
      id: added.id,
      nummerreeks: '2026',
      afdoening: { datum: '2026-05-20', memoId: memo.id },
    });
  });

  it('names what is missing when an id is not in the register', () => {
    expect(() => getItem(db, 'toezegging', 7)).toThrow(NotFound);
    expect(() => getItem(db, 'toezegging', 7)).toThrow('er staat geen toezegging met id 7 in het register');
  });
});

describe('changing the status', () => {
  it('moves a motie from open to in behandeling and writes who and when in the history', () => {
    const item = addItem(db, motie(), OP);
    const changed = changeStatus(db, ref(item), { status: 'in behandeling' }, change('offerte aangevraagd'));
    expect(changed.status).toBe('in behandeling');
    expect(itemHistory(db, ref(item))).toEqual([
      {
        veld: 'status',
        oud: 'open',
        nieuw: 'in behandeling',
        toelichting: 'offerte aangevraagd',
        door: GRIFFIER,
        op: OP,
      },
    ]);
  });

  it('refuses to mark a motie afgedaan without an answering memo or reason', async () => {
    const item = addItem(db, motie(), OP);
    const issues = await issuesOf(() => changeStatus(db, ref(item), { status: 'afgedaan' }, change()));
    expect(issues).toEqual([
      { path: 'afdoening', message: expect.stringContaining('met een afdoening') as string },
    ]);
    const onlyDate = await issuesOf(() =>
      changeStatus(db, ref(item), { status: 'afgedaan', afdoening: { datum: '2026-05-20' } }, change()),
    );
    expect(onlyDate[0]?.message).toMatch(/nota die het beantwoordt of met een geschreven reden/);
    expect(getItem(db, 'motie', item.id).status).toBe('open');
    expect(itemHistory(db, ref(item))).toEqual([]);
  });

  it('marks a toezegging afgedaan with a written reason and a date', () => {
    const item = addItem(db, toezegging(), OP);
    const afdoening = { datum: '2026-06-11', reden: 'mondeling beantwoord in de commissie van 11 juni' };
    expect(changeStatus(db, ref(item), { status: 'afgedaan', afdoening }, change()).afdoening).toEqual(
      afdoening,
    );
  });

  it('refuses an answering memo that is not in the register, and changes nothing', () => {
    const item = addItem(db, motie(), OP);
    const request = { status: 'afgedaan' as const, afdoening: { datum: '2026-05-20', memoId: 99 } };
    expect(() => changeStatus(db, ref(item), request, change())).toThrow(NotFound);
    expect(() => changeStatus(db, ref(item), request, change())).toThrow(/nota 99/);
    expect(getItem(db, 'motie', item.id).status).toBe('open');
    expect(itemHistory(db, ref(item))).toEqual([]);
  });

  it('keeps the earlier termijn in the history when an item is deels afgedaan', () => {
    const item = addItem(db, motie(), OP);
    const later = { door: 'beleidsmedewerker S. Bakker', op: '2026-06-30T14:00:00+02:00' };
    const changed = changeStatus(db, ref(item), { status: 'deels afgedaan', termijn: '2026-10-01' }, later);
    expect(changed).toMatchObject({ status: 'deels afgedaan', termijn: '2026-10-01' });
    expect(itemHistory(db, ref(item))).toEqual([
      { veld: 'status', oud: 'open', nieuw: 'deels afgedaan', ...later },
      { veld: 'termijn', oud: '2026-07-01', nieuw: '2026-10-01', ...later },
    ]);
  });

  it('refuses deels afgedaan without a new termijn', async () => {
    const item = addItem(db, motie(), OP);
    const same = await issuesOf(() =>
      changeStatus(db, ref(item), { status: 'deels afgedaan', termijn: '2026-07-01' }, change()),
    );
    expect(same).toEqual([{ path: 'termijn', message: expect.stringContaining('nieuwe termijn') as string }]);
    const none = addItem(db, motie({ nummer: 'M-15', termijn: undefined }), OP);
    const missing = await issuesOf(() => changeStatus(db, ref(none), { status: 'deels afgedaan' }, change()));
    expect(missing[0]?.path).toBe('termijn');
  });

  it('allows deels afgedaan again, with yet another termijn', () => {
    const item = addItem(db, motie(), OP);
    changeStatus(db, ref(item), { status: 'deels afgedaan', termijn: '2026-10-01' }, change());
    const again = changeStatus(db, ref(item), { status: 'deels afgedaan', termijn: '2027-01-01' }, change());
    expect(again.termijn).toBe('2027-01-01');
    expect(
      itemHistory(db, ref(item))
        .filter((h) => h.veld === 'termijn')
        .map((h) => h.nieuw),
    ).toEqual(['2026-10-01', '2027-01-01']);
  });

  it('lets only a motie be verworpen, ingetrokken or aangehouden', async () => {
    const item = addItem(db, toezegging(), OP);
    for (const status of ['verworpen', 'ingetrokken', 'aangehouden'] as const) {
      const issues = await issuesOf(() => changeStatus(db, ref(item), { status }, change()));
      expect(issues).toEqual([
        { path: 'status', message: `een toezegging kan niet ${status} worden; dat kan alleen een motie` },
      ]);
    }
    const held = addItem(db, motie({ datumAangenomen: undefined, nummerreeks: '2026' }), OP);
    expect(changeStatus(db, ref(held), { status: 'aangehouden' }, change()).status).toBe('aangehouden');
    expect(changeStatus(db, ref(held), { status: 'open' }, change()).status).toBe('open');
  });

  it.each<[MotieStatus, MotieStatus]>([
    ['in behandeling', 'open'],
    ['in behandeling', 'verworpen'],
    ['verworpen', 'open'],
    ['ingetrokken', 'in behandeling'],
    ['aangehouden', 'afgedaan'],
    ['open', 'open'],
  ])('refuses to go from %s to %s, and says what can', async (from, to) => {
    const item = addItem(db, motie(), OP);
    db.prepare('UPDATE moties SET status = ? WHERE id = ?').run(from, item.id);
    const issues = await issuesOf(() => changeStatus(db, ref(item), { status: to }, change()));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('status');
    expect(issues[0]?.message).toContain('M-14');
    expect(getItem(db, 'motie', item.id).status).toBe(from);
  });

  it('treats afgedaan as final until it is reopened with a reason, which keeps the old afdoening in the history', async () => {
    const item = addItem(db, motie(), OP);
    const afdoening = { datum: '2026-05-20', reden: 'de bankjes staan er' };
    changeStatus(db, ref(item), { status: 'afgedaan', afdoening }, change());
    const refused = await issuesOf(() => changeStatus(db, ref(item), { status: 'in behandeling' }, change()));
    expect(refused[0]?.message).toBe('motie M-14 is afgedaan; heropen het eerst om de status te veranderen');
    expect(await issuesOf(() => reopenItem(db, ref(item), change()))).toEqual([
      { path: 'toelichting', message: 'zeg waarom het heropend wordt' },
    ]);
    const reopened = reopenItem(db, ref(item), change('de raad vindt twee bankjes te weinig'));
    expect(reopened.status).toBe('open');
    expect(reopened.afdoening).toBeUndefined();
    expect(itemHistory(db, ref(item)).at(-1)).toEqual({
      veld: 'status',
      oud: 'afgedaan',
      nieuw: 'open',
      toelichting:
        'de raad vindt twee bankjes te weinig (was afgedaan op 2026-05-20 met als reden: de bankjes staan er)',
      door: GRIFFIER,
      op: OP,
    });
  });

  it('reopens only what is afgedaan', async () => {
    const item = addItem(db, motie(), OP);
    const issues = await issuesOf(() => reopenItem(db, ref(item), change('vergissing')));
    expect(issues[0]?.message).toBe('motie M-14 is niet afgedaan en kan niet heropend worden');
  });

  it('writes the status change and its history row in one transaction', () => {
    const item = addItem(db, motie(), OP);
    db.exec(
      "CREATE TEMP TRIGGER weiger_historie BEFORE INSERT ON historie BEGIN SELECT RAISE(ABORT, 'schijf vol'); END",
    );
    expect(() => changeStatus(db, ref(item), { status: 'in behandeling' }, change())).toThrow(/schijf vol/);
    expect(getItem(db, 'motie', item.id).status).toBe('open');
  });

  it('refuses a change without who or a proper time', async () => {
    const item = addItem(db, motie(), OP);
    const issues = await issuesOf(() =>
      changeStatus(db, ref(item), { status: 'in behandeling' }, { door: ' ', op: 'gisteren' }),
    );
    expect(issues.map((i) => i.path)).toEqual(['door', 'op']);
  });
});

describe('changing the termijn', () => {
  it('records the old and the new termijn with who and when', () => {
    const item = addItem(db, toezegging(), OP);
    changeTermijn(db, ref(item), '2026-09-15', change('na het zomerreces'));
    expect(itemHistory(db, ref(item))).toEqual([
      {
        veld: 'termijn',
        oud: '2026-06-30',
        nieuw: '2026-09-15',
        toelichting: 'na het zomerreces',
        door: GRIFFIER,
        op: OP,
      },
    ]);
  });

  it('refuses a new termijn for an item that is afgedaan', async () => {
    const item = addItem(db, toezegging(), OP);
    changeStatus(
      db,
      ref(item),
      { status: 'afgedaan', afdoening: { datum: '2026-06-11', reden: 'beantwoord' } },
      change(),
    );
    const issues = await issuesOf(() => changeTermijn(db, ref(item), '2026-12-31', change()));
    expect(issues).toEqual([
      { path: 'termijn', message: 'toezegging 31 is afgedaan; de termijn verandert niet meer' },
    ]);
  });
});

describe('overdue', () => {
  const TODAY = '2026-07-02';

  it('is overdue the day after its termijn, not on the day itself', () => {
    expect(isOverdue({ status: 'open', termijn: '2026-07-01' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'in behandeling', termijn: '2026-07-02' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'deels afgedaan', termijn: '2026-06-01' }, TODAY)).toBe(true);
  });

  it.each<MotieStatus>(['afgedaan', 'verworpen', 'ingetrokken', 'aangehouden'])(
    'is never overdue when %s',
    (status) => {
      expect(isOverdue({ status, termijn: '2020-01-01' }, TODAY)).toBe(false);
    },
  );

  it('is never overdue without a termijn', () => {
    expect(isOverdue({ status: 'open', termijn: undefined }, TODAY)).toBe(false);
  });
});

describe('numbering', () => {
  it('numbers moties by the year of adoption and toezeggingen by the year of the meeting, by default', () => {
    expect(addItem(db, motie(), OP).nummerreeks).toBe('2026');
    expect(addItem(db, toezegging({ gedaanOp: '2025-12-11' }), OP).nummerreeks).toBe('2025');
  });

  it('numbers per meeting when the nummering setting says so', () => {
    putSetting(db, 'nummering', { motie: 'vergadering' });
    expect(addItem(db, motie(), OP).nummerreeks).toBe('Raad 12 maart 2026');
    expect(addItem(db, toezegging(), OP).nummerreeks).toBe('2026');
  });

  it('refuses a number already taken in its numbering with a Dutch error naming it', () => {
    addItem(db, motie(), OP);
    const again = () => addItem(db, motie({ titel: 'Een tweede motie met hetzelfde nummer' }), OP);
    expect(again).toThrow(Conflict);
    expect(again).toThrow('er staat al een motie M-14 in de nummering 2026; kies een ander nummer');
    expect(db.prepare('SELECT count(*) AS n FROM moties').get()).toEqual({ n: 1 });
  });

  it('allows the same number in another year, and for the other kind', () => {
    addItem(db, motie(), OP);
    expect(() =>
      addItem(db, motie({ datumAangenomen: '2027-01-28', vergadering: 'Raad 28 januari 2027' }), OP),
    ).not.toThrow();
    expect(() => addItem(db, toezegging({ nummer: 'M-14' }), OP)).not.toThrow();
  });

  it('numbers a motie without adoption date by the year its meeting names', () => {
    const verworpen = motie({
      datumAangenomen: undefined,
      status: 'verworpen',
      vergadering: 'Raad 9 juli 2026',
    });
    expect(addItem(db, verworpen, OP).nummerreeks).toBe('2026');
  });

  it('needs an adoption date, a meeting that names a year, or a nummerreeks to number a motie per year', async () => {
    const issues = await issuesOf(() =>
      addItem(db, motie({ datumAangenomen: undefined, vergadering: 'Raadsvergadering' }), OP),
    );
    expect(issues).toEqual([
      { path: 'datumAangenomen', message: expect.stringContaining('per jaar te nummeren') as string },
    ]);
    expect(addItem(db, motie({ datumAangenomen: undefined, nummerreeks: '2026' }), OP).nummerreeks).toBe(
      '2026',
    );
  });

  it('refuses a nummerreeks that does not fit the setting', async () => {
    const issues = await issuesOf(() => addItem(db, motie({ nummerreeks: '2025' }), OP));
    expect(issues).toEqual([
      {
        path: 'nummerreeks',
        message: '"2025" past niet bij de nummering per jaar: deze motie hoort in "2026"',
      },
    ]);
  });

  it('refuses a nummering setting it does not know, naming it', async () => {
    putSetting(db, 'nummering', { motie: 'maand' });
    const issues = await issuesOf(() => addItem(db, motie(), OP));
    expect(issues[0]?.path).toBe('settings.nummering.motie');
  });
});

describe('adding an item', () => {
  it('refuses an item afgedaan without afdoening, and an afdoening on an open item', async () => {
    const issues = await issuesOf(() => addItem(db, motie({ status: 'afgedaan' }), OP));
    expect(issues.map((i) => i.path)).toEqual(['afdoening']);
    const open = await issuesOf(() =>
      addItem(db, motie({ afdoening: { datum: '2026-05-01', reden: 'klaar' } }), OP),
    );
    expect(open).toEqual([{ path: 'afdoening', message: 'alleen een afgedane motie heeft een afdoening' }]);
  });

  it('names every bad field at once, in Dutch', async () => {
    const issues = await issuesOf(() =>
      addItem(db, motie({ titel: '', termijn: '1 juli', status: 'klaar' }), OP),
    );
    expect(issues.map((i) => i.path).sort()).toEqual(['status', 'termijn', 'titel']);
    expect(issues.find((i) => i.path === 'termijn')?.message).toMatch(/JJJJ-MM-DD/);
  });
});
