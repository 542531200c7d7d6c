import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister, type Register } from '../db/connection.js';
import { upsertItems } from '../db/repositories/upsert.js';
import { matchExpression } from '../services/register/match.js';
import type { SearchQuery } from '../core/model/search.js';
import { searchItems, searchSql, walksInOrder } from '../services/register/search.js';
import { issuesOf, makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';

const MIGRATIONS = join(ROOT, 'db', 'migrations');

let dir: string;
let db: Register;

const motie = (nummer: string, fields: Record<string, unknown>) => ({
  soort: 'motie',
  nummer,
  nummerreeks: '2026',
  vergadering: 'Raad 5 februari 2026',
  datumAangenomen: '2026-02-05',
  status: 'open',
  ...fields,
});

const toezegging = (nummer: string, fields: Record<string, unknown>) => ({
  soort: 'toezegging',
  nummer,
  nummerreeks: '2026',
  vergadering: 'commissie Samenleving',
  gedaanOp: '2026-01-22',
  status: 'open',
  ...fields,
});

beforeEach(async () => {
  dir = await makeTempDir();
  db = openRegister(join(dir, 'register.sqlite'), MIGRATIONS, { create: true });
  upsertItems(
    db,
    [
      motie('M-10', {
        titel: 'Financiële steun voor de muziekschool',
        dictum: 'verzoekt het college de subsidie te verhogen',
        termijn: '2026-03-01',
        portefeuillehouder: 'Wethouder Yılmaz',
      }),
      motie('M-9', {
        titel: 'Een veilige oversteek bij de basisschool',
        dictum: 'verzoekt het college een zebrapad aan te leggen',
        termijn: '2026-03-01',
        status: 'in behandeling',
        portefeuillehouder: 'Wethouder De Groot',
      }),
      motie('M-1', {
        titel: 'Bomen in de Kerkstraat',
        dictum: 'verzoekt het college de financiering van nieuwe bomen te regelen',
        status: 'aangehouden',
        portefeuillehouder: 'Wethouder De Groot',
      }),
      motie('M-3', {
        nummerreeks: '2025',
        vergadering: 'Begroting 2026',
        datumAangenomen: '2025-11-06',
        titel: 'Coördinatie van de mantelzorg',
        dictum: 'verzoekt het college één loket te openen',
        termijn: '2025-12-31',
        status: 'afgedaan',
        afdoening: { datum: '2025-12-18', reden: 'het loket is open' },
      }),
      toezegging('7', {
        omschrijving: 'de raad te informeren over de financiële positie van het zwembad',
        termijn: '2026-01-15',
        portefeuillehouder: 'Wethouder Yılmaz',
      }),
      toezegging('8', {
        omschrijving: 'een brief te sturen over de openingstijden van de bibliotheek',
        termijn: '2026-08-01',
        status: 'deels afgedaan',
      }),
    ],
    { door: 'test', op: '2026-02-10T09:00:00Z' },
  );
});
afterEach(async () => {
  db.close();
  await removeTempDir(dir);
});

const numbers = (query: SearchQuery) => searchItems(db, query).items.map((item) => item.nummer);

describe('searching the text', () => {
  it('ignores diacritics: "financiele" finds "Financiële" and "financiële"', () => {
    expect(numbers({ text: 'financiele' })).toEqual(['7', 'M-10']);
    expect(numbers({ text: 'FINANCIËLE steun' })).toEqual(['M-10']);
    expect(numbers({ text: 'coordinatie' })).toEqual(['M-3']);
  });

  it('matches the last word as a prefix, so results follow the typing', () => {
    expect(numbers({ text: 'financ' })).toEqual(['7', 'M-10', 'M-1']);
    expect(numbers({ text: 'zebra' })).toEqual(['M-9']);
    expect(numbers({ text: 'zebra basisschool' })).toEqual([]);
  });

  it('finds an item by its number', () => {
    expect(numbers({ text: 'M-9' })).toEqual(['M-9']);
    expect(numbers({ text: '8' })).toEqual(['8']);
  });

  it.each([
    '"',
    'AND(',
    '*',
    '-',
    '""',
    '(((',
    'NOT',
    'financ* OR zwembad',
    'NEAR(muziekschool subsidie)',
    'titel:bomen',
    '^Bomen',
    "'); DROP TABLE moties; --",
    'M-',
    'nul\u0000teken',
    'half \ud800 teken',
    'woord '.repeat(200),
  ])('does not throw on the query %j', (text) => {
    expect(() => searchItems(db, { text })).not.toThrow();
    expect(searchItems(db, {}).total).toBe(6);
  });

  it('treats operators as words to look for, and punctuation alone as no search at all', () => {
    expect(numbers({ text: 'bomen OR zwembad' })).toEqual([]);
    expect(numbers({ text: 'titel:bomen' })).toEqual([]);
    expect(searchItems(db, { text: '"*' }).total).toBe(6);
  });
});

describe('matchExpression', () => {
  it('quotes every word and makes the last a prefix', () => {
    expect(matchExpression('  financiële  M-12 ')).toBe('"financiële" "M-12"*');
    expect(matchExpression('zeg "hallo"')).toBe('"zeg" """hallo"""*');
    expect(matchExpression('- * "')).toBeUndefined();
    expect(matchExpression('nul\u0000teken')).toBe('"nul" "teken"*');
  });
});

describe('filters and order', () => {
  it('sorts by termijn with items without one last, then by number (M-9 before M-10)', () => {
    expect(numbers({})).toEqual(['M-3', '7', 'M-9', 'M-10', '8', 'M-1']);
  });

  it('filters by kind, by one or more statuses, by portefeuillehouder and by meeting', () => {
    expect(numbers({ soort: 'toezegging' })).toEqual(['7', '8']);
    expect(numbers({ status: ['in behandeling', 'deels afgedaan'] })).toEqual(['M-9', '8']);
    expect(numbers({ portefeuillehouder: 'Wethouder Yılmaz' })).toEqual(['7', 'M-10']);
    expect(numbers({ vergadering: 'Begroting 2026' })).toEqual(['M-3']);
    expect(numbers({ soort: 'motie', text: 'financ', portefeuillehouder: 'Wethouder De Groot' })).toEqual([
      'M-1',
    ]);
  });

  it('filters by year, of the nummerreeks or of the date', () => {
    expect(numbers({ year: 2025 })).toEqual(['M-3']);
    db.prepare("UPDATE moties SET nummerreeks = 'Begroting 2026' WHERE nummer = 'M-3'").run();
    expect(numbers({ year: 2025 })).toEqual(['M-3']);
    expect(numbers({ year: 2026, soort: 'toezegging' })).toEqual(['7', '8']);
  });

  it('lists what is overdue on a given day: termijn passed, still running', () => {
    expect(numbers({ overdueOn: '2026-03-02' })).toEqual(['7', 'M-9', 'M-10']);
    expect(numbers({ overdueOn: '2026-03-01' })).toEqual(['7']);
    expect(numbers({ overdueOn: '2026-03-02', status: ['open'] })).toEqual(['7', 'M-10']);
  });

  it('pages with limit and offset, and counts everything that matches', () => {
    expect(searchItems(db, { limit: 2 })).toMatchObject({
      total: 6,
      items: [{ nummer: 'M-3' }, { nummer: '7' }],
    });
    expect(numbers({ limit: 2, offset: 2 })).toEqual(['M-9', 'M-10']);
    expect(numbers({ limit: 2, offset: 6 })).toEqual([]);
  });

  it('returns the items as the model has them', () => {
    expect(searchItems(db, { text: 'mantelzorg' }).items).toEqual([
      expect.objectContaining({
        soort: 'motie',
        nummer: 'M-3',
        indieners: [],
        afdoening: { datum: '2025-12-18', reden: 'het loket is open' },
      }),
    ]);
  });

  it('refuses a query it cannot run, naming the field', async () => {
    expect(await issuesOf(() => searchItems(db, { limit: 0 }))).toEqual([
      { path: 'limit', message: expect.any(String) as string },
    ]);
    expect((await issuesOf(() => searchItems(db, { status: [] })))[0]?.path).toBe('status');
    expect((await issuesOf(() => searchItems(db, { overdueOn: 'morgen' })))[0]?.path).toBe('overdueOn');
  });
});

describe('the query plan', () => {
  const plan = (query: SearchQuery, form: 'walk' | 'sort') => {
    const sql = searchSql(query);
    const page = sql.page[form];
    if (page === undefined) throw new Error(`no ${form} form for ${JSON.stringify(query)}`);
    return (db.prepare(`EXPLAIN QUERY PLAN ${page}`).all(sql.params) as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');
  };

  it('finds few matches through the FTS index and the items by id, without scanning the tables', () => {
    const text = plan({ text: 'financiele' }, 'sort');
    expect(text).toMatch(/zoekindex VIRTUAL TABLE INDEX/);
    expect(text).toMatch(/SEARCH moties USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(text).toMatch(/SEARCH toezeggingen USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(text).not.toMatch(/SCAN (moties|toezeggingen)\b/);
  });

  it('walks many matches in list order through the order indexes, merging the kinds instead of sorting them', () => {
    for (const query of [{ text: 'school' }, {}, { soort: 'motie' as const, text: 'de' }]) {
      const text = plan(query, 'walk');
      expect(text).toMatch(/SCAN moties USING (COVERING )?INDEX moties_volgorde/);
      // Only the tie-breakers (kind and id) within one position of the index are sorted, never the matches.
      expect(text).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    }
    expect(plan({}, 'walk')).toMatch(/MERGE \(UNION ALL\)/);
    expect(plan({}, 'walk')).toMatch(/SCAN toezeggingen USING COVERING INDEX toezeggingen_volgorde/);
  });

  it('never walks with a filter other than words, whose matches may all lie at the end of the order', () => {
    for (const query of [
      { status: ['open' as const] },
      { portefeuillehouder: 'Wethouder Yılmaz' },
      { vergadering: 'Begroting 2026' },
      { year: 2026 },
      { overdueOn: '2026-03-02' },
      { text: 'financ', status: ['open' as const] },
    ]) {
      expect(searchSql(query).page.walk).toBeUndefined();
    }
  });

  it('answers status, overdue, year, portefeuillehouder and vergadering filters from their indexes', () => {
    expect(plan({ status: ['open', 'in behandeling'] }, 'sort')).toMatch(
      /USING (COVERING )?INDEX moties_status_termijn/,
    );
    expect(plan({ overdueOn: '2026-03-02' }, 'sort')).toMatch(
      /USING (COVERING )?INDEX toezeggingen_status_termijn/,
    );
    const year = plan({ year: 2026 }, 'sort');
    expect(year).toMatch(/MULTI-INDEX OR/);
    expect(year).toMatch(/SEARCH moties USING INDEX moties_jaar/);
    expect(year).toMatch(/SEARCH toezeggingen USING INDEX toezeggingen_jaar/);
    // These two indexes hold the list order after the filtered column: a page is read in order, never sorted.
    for (const [query, index] of [
      [{ portefeuillehouder: 'Wethouder Yılmaz' }, 'portefeuillehouder'],
      [{ vergadering: 'Begroting 2026' }, 'vergadering'],
    ] as const) {
      const text = plan(query, 'sort');
      expect(text).toMatch(
        new RegExp(`SEARCH moties USING COVERING INDEX moties_${index} \\(${index}=\\?\\)`),
      );
      expect(text).toMatch(new RegExp(`SEARCH toezeggingen USING COVERING INDEX toezeggingen_${index}`));
      expect(text).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    }
  });
});

describe('walking in list order', () => {
  const ids = (sql: string | undefined, params: Record<string, string | number>) => {
    if (sql === undefined) throw new Error('no SQL for this form');
    return (db.prepare(sql).all(params) as { soort: string; id: number }[]).map(
      (row) => `${row.soort} ${row.id}`,
    );
  };

  it.each<SearchQuery>([
    {},
    { text: 'financ' },
    { text: 'verzoekt het' },
    { soort: 'motie' },
    { soort: 'toezegging', text: 'de' },
    { limit: 2, offset: 1 },
    { limit: 3, offset: 4 },
  ])('gives the same page as sorting the matches, for %j', (query) => {
    const sql = searchSql(query);
    const sorted = ids(sql.page.sort, sql.params);
    expect(ids(sql.page.walk, sql.params)).toEqual(sorted);
    expect(searchItems(db, query).items.map((item) => `${item.soort} ${item.id}`)).toEqual(sorted);
  });

  it('walks when at least one in fifty items matches, and sorts the matches otherwise', () => {
    expect(walksInOrder(21_000, 100_000)).toBe(true);
    expect(walksInOrder(2_000, 100_000)).toBe(true);
    expect(walksInOrder(1_999, 100_000)).toBe(false);
    expect(walksInOrder(7, 100_000)).toBe(false);
    expect(walksInOrder(0, 0)).toBe(true);
  });

  it('keeps the list order when many items share a termijn and numbers run past 9', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      motie(`M-${i + 20}`, { titel: `Schoolplein ${i}`, termijn: i % 3 === 0 ? undefined : '2026-06-01' }),
    );
    upsertItems(db, many, { door: 'test', op: '2026-02-10T09:00:00Z' });
    const sql = searchSql({ text: 'schoolplein', limit: 500 });
    const walked = searchItems(db, { text: 'schoolplein', limit: 500 }).items.map((item) => item.nummer);
    expect(ids(sql.page.walk, sql.params)).toEqual(ids(sql.page.sort, sql.params));
    expect(walked.slice(0, 3)).toEqual(['M-21', 'M-22', 'M-24']);
    expect(walked.slice(-2)).toEqual(['M-134', 'M-137']);
    expect(walked).toHaveLength(120);
  });
});
