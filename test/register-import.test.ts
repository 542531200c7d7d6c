import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister, type Register } from '../db/connection.js';
import { itemHistory } from '../db/repositories/history.js';
import { findItem, updateItem } from '../db/repositories/items.js';
import type { RegisterItem } from '../core/model/register.js';
import { previewUpsert, upsertItems } from '../db/repositories/upsert.js';
import { importItems, previewImport } from '../services/register/import/store.js';
import { issuesOf, makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';
import { searchIndexDrift } from './helpers/search-index.js';

const MIGRATIONS = join(ROOT, 'db', 'migrations');
const CHANGE = { door: 'import griffie', op: '2026-05-04T07:00:00Z' };

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

const motie = (nummer: string, fields: Record<string, unknown> = {}) => ({
  soort: 'motie',
  nummer,
  nummerreeks: '2026',
  titel: `Speeltuin in de wijk, deel ${nummer}`,
  vergadering: 'Raad 5 februari 2026',
  datumAangenomen: '2026-02-05',
  dictum: 'verzoekt het college de speeltuin aan de Lindelaan te vernieuwen',
  termijn: '2026-09-01',
  status: 'open',
  ...fields,
});

const toezegging = (nummer: string, fields: Record<string, unknown> = {}) => ({
  soort: 'toezegging',
  nummer,
  nummerreeks: '2026',
  omschrijving: 'een overzicht te sturen van de wachttijden bij de gemeentewinkel',
  vergadering: 'commissie Bestuur',
  gedaanOp: '2026-01-22',
  status: 'open',
  ...fields,
});

const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('upsertItems', () => {
  it('adds new items, updates changed ones and skips identical ones, recognised by kind, nummerreeks and nummer', () => {
    expect(upsertItems(db, [motie('M-1'), motie('M-2'), toezegging('12')], CHANGE)).toEqual({
      toegevoegd: 3,
      bijgewerkt: 0,
      overgeslagen: 0,
    });
    const next = [motie('M-1'), motie('M-2', { termijn: '2026-12-01' }), toezegging('12'), toezegging('M-1')];
    expect(upsertItems(db, next, CHANGE)).toEqual({ toegevoegd: 1, bijgewerkt: 1, overgeslagen: 2 });
    expect(findItem(db, 'motie', '2026', 'M-2')?.termijn).toBe('2026-12-01');
    expect(count('moties') + count('toezeggingen')).toBe(4);
  });

  it('stores every field of every added item as given, and keeps the search index in step', () => {
    const full = [
      motie('M-1', {
        agendapunt: '7. Begroting',
        indieners: ['Van Dijk (Lokaal Belang)', 'Öztürk "Groen"'],
        portefeuillehouder: 'Wethouder Bos',
        dictum:
          'verzoekt het college:\n- de financiële ruimte te zoeken;\n- de raad vóór 1 juli te informeren',
      }),
      motie('M-2', { status: 'afgedaan', afdoening: { datum: '2026-04-01', reden: "de raad is 'akkoord'" } }),
      motie('M-3', { termijn: undefined, datumAangenomen: undefined, status: 'aangehouden' }),
      toezegging('12', {
        gedaanDoor: 'wethouder Bos',
        portefeuillehouder: 'Wethouder Bos',
        termijn: '2026-10-01',
      }),
      toezegging('13', { omschrijving: 'één brief over de coördinatie & planning' }),
    ];
    expect(upsertItems(db, full, CHANGE).toegevoegd).toBe(5);
    for (const given of full) {
      const soort = given.soort as 'motie' | 'toezegging';
      const stored = findItem(db, soort, '2026', given.nummer);
      const expected = Object.fromEntries(
        Object.entries(given as Record<string, unknown>).filter(([, value]) => value !== undefined),
      );
      expect({ ...stored, id: undefined }).toEqual({
        ...(soort === 'motie' ? { indieners: [] } : {}),
        ...expected,
        id: undefined,
      });
    }
    expect(searchIndexDrift(db)).toEqual([]);
    upsertItems(
      db,
      [motie('M-1', { titel: 'Een nieuwe titel' }), toezegging('13', { omschrijving: 'anders' })],
      CHANGE,
    );
    expect(searchIndexDrift(db)).toEqual([]);
  });

  it('writes only what changed: the rest of the row, and its updated_at when nothing changed, stay as they were', () => {
    upsertItems(db, [motie('M-1')], CHANGE);
    const row = () =>
      db.prepare("SELECT * FROM moties WHERE nummer = 'M-1'").get() as Record<string, unknown>;
    const before = row();
    updateItem(
      db,
      { ...(findItem(db, 'motie', '2026', 'M-1') as RegisterItem) },
      { door: 'x', op: '2026-06-01T00:00:00Z' },
    );
    expect(row()).toEqual(before);
    upsertItems(db, [motie('M-1', { status: 'in behandeling' })], { door: 'x', op: '2026-06-02T00:00:00Z' });
    expect(row()).toEqual({ ...before, status: 'in behandeling', updated_at: '2026-06-02T00:00:00Z' });
    expect(searchIndexDrift(db)).toEqual([]);
  });

  it('previews the same counts and the action per item without writing', () => {
    upsertItems(db, [motie('M-1'), motie('M-2')], CHANGE);
    const plan = previewUpsert(db, [motie('M-1'), motie('M-2', { status: 'in behandeling' }), motie('M-3')]);
    expect(plan.counts).toEqual({ toegevoegd: 1, bijgewerkt: 1, overgeslagen: 1 });
    expect(plan.items.map((p) => [p.index, p.actie, p.velden])).toEqual([
      [0, 'overslaan', []],
      [1, 'bijwerken', ['status']],
      [2, 'toevoegen', []],
    ]);
    expect(count('moties')).toBe(2);
    expect(findItem(db, 'motie', '2026', 'M-2')?.status).toBe('open');
    expect(
      upsertItems(db, [motie('M-1'), motie('M-2', { status: 'in behandeling' }), motie('M-3')], CHANGE),
    ).toEqual(plan.counts);
  });

  it('writes the status and termijn changes of an import to the history, with who and when', () => {
    upsertItems(db, [toezegging('12', { termijn: '2026-06-01' })], CHANGE);
    const later = { door: 'import griffie', op: '2026-06-15T07:00:00Z' };
    upsertItems(db, [toezegging('12', { termijn: '2026-08-01', status: 'in behandeling' })], later);
    const stored = findItem(db, 'toezegging', '2026', '12');
    expect(itemHistory(db, { soort: 'toezegging', id: stored?.id ?? 0 })).toEqual([
      { veld: 'status', oud: 'open', nieuw: 'in behandeling', ...later },
      { veld: 'termijn', oud: '2026-06-01', nieuw: '2026-08-01', ...later },
    ]);
  });

  it('stores nothing when one item is bad, and names it by its place in the list', async () => {
    upsertItems(db, [motie('M-1')], CHANGE);
    const before = db.prepare('SELECT * FROM moties').all();
    const issues = await issuesOf(() =>
      upsertItems(
        db,
        [motie('M-1', { titel: 'Gewijzigd' }), motie('M-2'), motie('M-3', { termijn: '31-12-2026' })],
        CHANGE,
      ),
    );
    expect(issues).toEqual([
      { path: '[2].termijn', message: expect.stringContaining('JJJJ-MM-DD') as string },
    ]);
    expect(db.prepare('SELECT * FROM moties').all()).toEqual(before);
  });

  it('rolls back every write when the database refuses an item halfway (all or nothing)', () => {
    db.exec(
      "CREATE TEMP TRIGGER weiger_m3 BEFORE INSERT ON moties WHEN new.nummer = 'M-3' BEGIN SELECT RAISE(ABORT, 'schijf vol'); END",
    );
    expect(() => upsertItems(db, [motie('M-1'), motie('M-2'), motie('M-3')], CHANGE)).toThrow(/schijf vol/);
    expect(count('moties')).toBe(0);
    expect(count('zoekindex')).toBe(0);
  });

  it('refuses the same number twice in one list', async () => {
    const issues = await issuesOf(() =>
      upsertItems(db, [motie('M-1'), toezegging('M-1'), motie('M-1')], CHANGE),
    );
    expect(issues).toEqual([
      { path: '[2].nummer', message: 'motie M-1 (nummering 2026) staat ook op plaats [0]' },
    ]);
  });

  it('refuses an afdoening by a memo that is not in the register', async () => {
    const afgedaan = motie('M-1', { status: 'afgedaan', afdoening: { datum: '2026-04-01', memoId: 8 } });
    expect(await issuesOf(() => upsertItems(db, [afgedaan], CHANGE))).toEqual([
      { path: '[0].afdoening.memoId', message: 'nota 8 staat niet in het register' },
    ]);
  });

  it('keeps the message readable when thousands of items are bad', async () => {
    const bad = Array.from({ length: 2000 }, (_, i) => motie(`M-${i}`, { status: 'klaar' }));
    const issues = await issuesOf(() => upsertItems(db, bad, CHANGE));
    expect(issues).toHaveLength(51);
    expect(issues.at(-1)?.message).toBe('en nog 1950 fouten');
  });
});

describe('importItems', () => {
  it('derives the nummerreeks from the setting when the list does not give it', () => {
    const zonder: Record<string, unknown> = motie('M-4');
    delete zonder.nummerreeks;
    expect(importItems(db, [zonder], CHANGE).toegevoegd).toBe(1);
    expect(findItem(db, 'motie', '2026', 'M-4')).toBeDefined();
  });

  it('applies the status rules: an import does not reopen an afgedaan motie', async () => {
    const afgedaan = motie('M-1', {
      status: 'afgedaan',
      afdoening: { datum: '2026-04-01', reden: 'uitgevoerd' },
    });
    importItems(db, [afgedaan], CHANGE);
    const issues = await issuesOf(() => importItems(db, [motie('M-2'), motie('M-1')], CHANGE));
    expect(issues).toEqual([
      { path: '[1].status', message: 'motie M-1 is afgedaan; heropen het eerst om de status te veranderen' },
    ]);
    expect(count('moties')).toBe(1);
  });

  it('refuses what breaks a rule, in the preview as in the import', async () => {
    const list = [motie('M-1'), motie('M-2', { afdoening: { datum: '2026-04-01', reden: 'uitgevoerd' } })];
    const fromPreview = await issuesOf(() => previewImport(db, list));
    expect(fromPreview).toEqual([
      { path: '[1].afdoening', message: 'alleen een afgedane motie heeft een afdoening' },
    ]);
    expect(await issuesOf(() => importItems(db, list, CHANGE))).toEqual(fromPreview);
    expect(count('moties')).toBe(0);
  });

  it('brings in an item as afgedaan without afdoening when the list says so', () => {
    expect(importItems(db, [toezegging('5', { status: 'afgedaan' })], CHANGE).toegevoegd).toBe(1);
    expect(findItem(db, 'toezegging', '2026', '5')?.afdoening).toBeUndefined();
  });

  it('keeps what the register holds for the fields the list leaves out, such as the afdoening', () => {
    const afdoening = { datum: '2026-04-01', reden: 'de speeltuin is open' };
    importItems(
      db,
      [motie('M-1', { status: 'afgedaan', afdoening, portefeuillehouder: 'Wethouder Bos' })],
      CHANGE,
    );
    const fromList = motie('M-1', { status: 'afgedaan', titel: 'Speeltuin Lindelaan' });
    const plan = previewImport(db, [fromList]);
    expect(plan.items[0]?.velden).toEqual(['titel']);
    importItems(db, [fromList], CHANGE);
    expect(findItem(db, 'motie', '2026', 'M-1')).toMatchObject({
      titel: 'Speeltuin Lindelaan',
      afdoening,
      portefeuillehouder: 'Wethouder Bos',
    });
    expect(importItems(db, [fromList], CHANGE)).toEqual({ toegevoegd: 0, bijgewerkt: 0, overgeslagen: 1 });
  });

  it('adds an item without a status as open, and leaves the status of a stored item as it is', () => {
    importItems(db, [toezegging('5', { status: 'in behandeling' })], CHANGE);
    const withoutStatus = (nummer: string): Record<string, unknown> => {
      const item: Record<string, unknown> = toezegging(nummer);
      delete item.status;
      return item;
    };
    const list = [withoutStatus('5'), withoutStatus('6')];
    expect(previewImport(db, list).counts).toEqual({ toegevoegd: 1, bijgewerkt: 0, overgeslagen: 1 });
    importItems(db, list, CHANGE);
    expect(findItem(db, 'toezegging', '2026', '5')?.status).toBe('in behandeling');
    expect(findItem(db, 'toezegging', '2026', '6')?.status).toBe('open');
  });

  it('previews an import with the counts the import then gives', () => {
    importItems(db, [motie('M-1')], CHANGE);
    const list = [motie('M-1', { status: 'in behandeling' }), toezegging('3')];
    const plan = previewImport(db, list);
    expect(plan.counts).toEqual({ toegevoegd: 1, bijgewerkt: 1, overgeslagen: 0 });
    expect(importItems(db, list, CHANGE)).toEqual(plan.counts);
  });
});
