import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  mapRows,
  readTable,
  type ImportResult,
  type Mapping,
  type Table,
} from '../services/register/import/index.js';
import { parseDutchDate } from '../services/register/import/dates.js';
import { issuesOf } from './helpers/assets.js';
import { ITEM_FIELD_LABELS } from '../core/model/field-labels.js';
import { missingColumn } from '../services/register/import/labels.js';
import { FIELDS, needsColumn, type ItemField } from '../core/model/import-draft.js';

/** A semicolon CSV from lines of cells, quoted as Excel quotes them, read as a user's file would be. */
function table(...rows: string[][]): Promise<Table> {
  const quoted = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const text = rows.map((cells) => cells.map(quoted).join(';')).join('\r\n');
  return readTable(new TextEncoder().encode(text), 'lijst.csv');
}

const MOTIE_HEADER = ['Nr.', 'Titel', 'Vergadering', 'Datum aangenomen', 'Indieners', 'Termijn', 'Status'];

async function moties(...rows: string[][]): Promise<ImportResult> {
  const t = await table(MOTIE_HEADER, ...rows);
  return mapRows(t, guessMapping(t.header));
}

describe('Dutch dates', () => {
  it.each([
    ['10-11-2017', '2017-11-10'],
    ['1-2-2018', '2018-02-01'],
    ['10/11/2017', '2017-11-10'],
    ['10.11.2017', '2017-11-10'],
    ['2017-11-10', '2017-11-10'],
    ['2017-11-10 00:00:00', '2017-11-10'],
    ['10 november 2017', '2017-11-10'],
    ['10 November 2017', '2017-11-10'],
    ['3 mrt 2025', '2025-03-03'],
    ['3 maa. 2025', '2025-03-03'],
    ['30 sept. 2025', '2025-09-30'],
    ['vrijdag 10 november 2017', '2017-11-10'],
    ['29-02-2024', '2024-02-29'],
  ])('%s is %s', (text, iso) => {
    expect(parseDutchDate(text)).toBe(iso);
  });

  it.each([
    '31-02-2025',
    '29-02-2025',
    '10-11-17',
    '11/10/2017 PM',
    '10 brumaire 2017',
    'Q3 2025',
    'z.s.m.',
    '2017-13-01',
  ])('%s is not a date', (text) => {
    expect(parseDutchDate(text)).toBeUndefined();
  });
});

describe('rows as register items', () => {
  it('converts dates, statuses and indieners, and leaves empty cells out, also where the model has a default', async () => {
    const result = await moties(
      [
        'M-1',
        'Veilige schoolroutes',
        'Raad 10 november 2017',
        '10 november 2017',
        'CDA; VVD,PvdA',
        '',
        'In Behandeling',
      ],
      ['M-2', 'Terrassen', 'Raad 10 november 2017', '', '', '01-07-2018', 'AFGEDAAN'],
    );
    expect(result.errors).toEqual([]);
    expect(result.items).toEqual([
      {
        rij: 2,
        item: {
          soort: 'motie',
          nummer: 'M-1',
          titel: 'Veilige schoolroutes',
          vergadering: 'Raad 10 november 2017',
          datumAangenomen: '2017-11-10',
          indieners: ['CDA', 'VVD', 'PvdA'],
          status: 'in behandeling',
        },
      },
      {
        rij: 3,
        item: {
          soort: 'motie',
          nummer: 'M-2',
          titel: 'Terrassen',
          vergadering: 'Raad 10 november 2017',
          termijn: '2018-07-01',
          status: 'afgedaan',
        },
      },
    ]);
    expect(Object.keys(result.items[1]?.item ?? {})).not.toContain('indieners');
    expect(Object.keys(result.items[1]?.item ?? {})).not.toContain('dictum');
  });

  it('reports every problem of a bad row with its row number, column and a Dutch reason, and gives no item for it', async () => {
    const result = await moties(
      ['M-1', 'Goed', 'Raad', '10-11-2017', '', '', 'open'],
      ['M-2', '', 'Raad', '31-02-2017', '', 'volgend jaar', 'klaar'],
      ['M-3', 'Ook goed', 'Raad', '', '', '', 'verworpen'],
    );
    expect(result.items.map((i) => i.rij)).toEqual([2, 4]);
    expect(result.errors).toEqual([
      { rij: 3, kolom: 'Titel', reden: 'is leeg, maar een motie moet dit hebben' },
      {
        rij: 3,
        kolom: 'Datum aangenomen',
        reden: expect.stringContaining('"31-02-2017" is geen datum') as string,
      },
      { rij: 3, kolom: 'Termijn', reden: expect.stringContaining('"volgend jaar" is geen datum') as string },
      {
        rij: 3,
        kolom: 'Status',
        reden: expect.stringContaining('"klaar" is geen status van een motie') as string,
      },
    ]);
  });

  it('names the statuses a kind allows when a status is unknown', async () => {
    const result = await moties(['M-1', 'Titel', 'Raad', '', '', '', 'Wacht op college']);
    expect(result.errors).toEqual([
      {
        rij: 2,
        kolom: 'Status',
        reden:
          '"Wacht op college" is geen status van een motie; kies uit open, in behandeling, deels afgedaan, ' +
          'afgedaan, verworpen, ingetrokken, aangehouden',
      },
    ]);
  });

  it('accepts the words registers use for a status', async () => {
    const result = await moties(
      ['1', 'a', 'Raad', '', '', '', 'Afgehandeld'],
      ['2', 'b', 'Raad', '', '', '', 'in-behandeling'],
      ['3', 'c', 'Raad', '', '', '', 'Lopend'],
    );
    expect(result.items.map((i) => i.item.status)).toEqual(['afgedaan', 'in behandeling', 'in behandeling']);
  });

  it('passes on what the core schema refuses: a number too long, a character no document can hold', async () => {
    const result = await moties(['M-'.padEnd(40, '9'), 'Titel met \u0007 bel', 'Raad', '', '', '', 'open']);
    expect(result.items).toEqual([]);
    expect(result.errors).toEqual([
      { rij: 2, kolom: 'Nr.', reden: 'is te lang; hier passen hoogstens 32 tekens' },
      { rij: 2, kolom: 'Titel', reden: expect.stringContaining('U+0007') as string },
    ]);
  });

  it('refuses a number that occurs twice for the same kind on the later row, naming the first', async () => {
    const result = await moties(
      ['M-1', 'Eerste', 'Raad', '', '', '', 'open'],
      ['M-2', 'Tweede', 'Raad', '', '', '', 'open'],
      ['M-1', 'Nog eens', 'Raad', '', '', '', 'open'],
      ['M-1', 'En nog eens', 'Raad', '', '', '', 'vergeten'],
    );
    expect(result.items.map((i) => i.rij)).toEqual([2, 3]);
    expect(result.errors).toEqual([
      { rij: 4, kolom: 'Nr.', reden: 'er staat al een motie met nummer "M-1" op rij 2' },
      { rij: 5, kolom: 'Nr.', reden: 'er staat al een motie met nummer "M-1" op rij 2' },
      { rij: 5, kolom: 'Status', reden: expect.stringContaining('"vergeten" is geen status') as string },
    ]);
  });

  it('reads the kind per row from a soort column, and lets a motie and a toezegging share a number', async () => {
    const t = await table(
      ['Soort', 'Nr.', 'Onderwerp', 'Vergadering', 'Datum', 'Status'],
      ['Motie', '12', 'Schoolroutes', 'Raad', '10-11-2017', 'open'],
      ['toezegging', '12', 'Brief over de kosten', 'Raad', '10-11-2017', 'afgedaan'],
      ['T', '13', 'Informatieavond', 'Commissie', '', 'open'],
      ['amendement', '14', 'Iets anders', 'Raad', '', 'open'],
      ['', '15', 'Zonder soort', 'Raad', '', 'open'],
      ['motie', '12', 'Dubbel', 'Raad', '', 'open'],
    );
    const result = mapRows(t, guessMapping(t.header));
    expect(result.items).toEqual([
      {
        rij: 2,
        item: {
          soort: 'motie',
          nummer: '12',
          titel: 'Schoolroutes',
          vergadering: 'Raad',
          datumAangenomen: '2017-11-10',
          status: 'open',
        },
      },
      {
        rij: 3,
        item: {
          soort: 'toezegging',
          nummer: '12',
          omschrijving: 'Brief over de kosten',
          vergadering: 'Raad',
          gedaanOp: '2017-11-10',
          status: 'afgedaan',
        },
      },
    ]);
    expect(result.errors).toEqual([
      { rij: 4, kolom: 'Datum', reden: 'is leeg, maar een toezegging moet dit hebben' },
      { rij: 5, kolom: 'Soort', reden: '"amendement" is geen soort; schrijf motie of toezegging' },
      { rij: 6, kolom: 'Soort', reden: 'is leeg; schrijf motie of toezegging' },
      { rij: 7, kolom: 'Nr.', reden: 'er staat al een motie met nummer "12" op rij 2' },
    ]);
  });

  it('reports the columns no field reads, and an unnamed column only when it holds data', async () => {
    const t = await table(
      ['Nr.', 'Titel', 'Opmerkingen', 'Vergadering', '', 'Status', ''],
      ['1', 'Titel', 'zie brief', 'Raad', 'los', 'open', ''],
    );
    expect(mapRows(t, guessMapping(t.header)).unmappedColumns).toEqual([
      'Opmerkingen',
      'kolom E (zonder naam)',
    ]);
  });

  it('gives no items and no errors for a file with only a header', async () => {
    expect(await moties()).toMatchObject({ items: [], errors: [], unmappedColumns: [], absentColumns: [] });
  });
});

describe('a file without the columns the register can do without', () => {
  it('leaves the status out of an item when there is no status column, and says what a new item gets', async () => {
    const t = await table(['Nr.', 'Titel', 'Vergadering'], ['M-1', 'Bankjes', 'Raad 2026']);
    const result = mapRows(t, guessMapping(t.header));
    expect(result.errors).toEqual([]);
    expect(result.items.map((d) => d.item)).toEqual([
      { soort: 'motie', nummer: 'M-1', titel: 'Bankjes', vergadering: 'Raad 2026' },
    ]);
    expect(result.absentColumns).toEqual([
      'er is geen kolom Status: nieuwe moties krijgen status open; moties die al in het register staan, houden hun status',
    ]);
  });

  it('still refuses an empty cell in a status column: the file says something there, and it is not a status', async () => {
    const result = await moties(['M-1', 'Bankjes', 'Raad 2026', '01-02-2026', '', '', '']);
    expect(result.errors).toEqual([
      { rij: 2, kolom: 'Status', reden: 'is leeg, maar een motie moet dit hebben' },
    ]);
  });

  it('speaks of both kinds when a soort column holds both', async () => {
    const t = await table(
      ['Soort', 'Nr.', 'Onderwerp', 'Vergadering', 'Datum'],
      ['motie', 'M-1', 'Bankjes', 'Raad 2026', '01-02-2026'],
      ['toezegging', 'T-1', 'Een brief', 'Raad 2026', '01-02-2026'],
    );
    const result = mapRows(t, guessMapping(t.header));
    expect(result.items).toHaveLength(2);
    expect(result.absentColumns).toEqual([
      'er is geen kolom Status: nieuwe moties en toezeggingen krijgen status open; ' +
        'moties en toezeggingen die al in het register staan, houden hun status',
    ]);
  });

  it('says for every column a kind cannot do without what it is needed for', () => {
    for (const kind of ['motie', 'toezegging'] as const) {
      for (const field of FIELDS[kind].filter((f) => needsColumn(kind, f))) {
        expect(missingColumn(kind, field)).not.toContain('dit veld nodig');
      }
    }
  });

  it('names each missing column as the guess reads it back, so that adding that column fills the field', () => {
    for (const [field, name] of Object.entries(ITEM_FIELD_LABELS)) {
      const soort = FIELDS.motie.includes(field as ItemField) ? 'motie' : 'toezegging';
      expect(guessMapping([name], soort).kolommen).toEqual({ [field]: name });
    }
  });
});

describe('a mapping that does not fit the file', () => {
  const mapping: Mapping = {
    soort: 'motie',
    kolommen: { nummer: 'Nr.', titel: 'Onderwerp', vergadering: 'Vergadering', status: 'Status' },
  };

  it('finds columns by name without case and accents, and reads the header name back in errors', async () => {
    const t = await table(['NR.', 'Onderwérp', 'vergadering', 'Status'], ['1', '', 'Raad', 'open']);
    expect(mapRows(t, mapping).errors).toEqual([
      { rij: 2, kolom: 'Onderwérp', reden: 'is leeg, maar een motie moet dit hebben' },
    ]);
  });

  it('is refused as a whole when it names a column the file lacks or that fits two columns', async () => {
    const t = await table(['Nr', 'NR', 'Vergadering', 'Status'], ['1', '2', 'Raad', 'open']);
    expect(await issuesOf(() => mapRows(t, mapping))).toEqual([
      { path: 'kolommen.nummer', message: '"Nr." past op meer dan één kolom (A, B) in de kopregel' },
      { path: 'kolommen.titel', message: '"Onderwerp" staat niet in de kopregel' },
    ]);
  });

  it('is refused when a field the kind cannot do without has no column, listing each with what it is for', async () => {
    const t = await table(['Nr.', 'Omschrijving'], ['1', 'Iets']);
    expect(await issuesOf(() => mapRows(t, guessMapping(t.header, 'toezegging')))).toEqual([
      {
        path: 'kolommen.vergadering',
        message:
          'er is geen kolom Vergadering; elke toezegging heeft een vergadering nodig: die waarin ze is gedaan',
      },
      {
        path: 'kolommen.gedaanOp',
        message: 'er is geen kolom Gedaan op; elke toezegging heeft de datum nodig waarop ze is gedaan',
      },
    ]);
  });
});
