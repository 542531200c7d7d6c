import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  mapRows,
  parseMapping,
  readTable,
  type Table,
} from '../services/register/import/index.js';
import { EXAMPLES } from './helpers/assets.js';

const DIR = join(EXAMPLES, 'import');

async function example(name: string): Promise<Table> {
  return readTable(await readFile(join(DIR, name)), name);
}

describe('examples/import/moties.csv', () => {
  it('is what Excel writes on a Dutch Windows: Windows-1252 with semicolons', async () => {
    const bytes = await readFile(join(DIR, 'moties.csv'));
    expect(bytes.includes(0xeb)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.toString('latin1').split('\r\n')[0]?.split(';')).toHaveLength(11);
  });

  it('reads completely, with the quoted semicolon and line breaks inside one cell', async () => {
    const table = await example('moties.csv');
    expect(table.rows.map((r) => r.rij)).toEqual([2, 3, 4, 5, 6]);
    expect(table.rows[0]?.cells[1]).toBe('Financiële ruimte voor het buurthuis');
    expect(table.rows[0]?.cells[6]).toBe(
      'verzoekt het college:\n- vóór de zomer te onderzoeken of het buurthuis open kan blijven; en\n' +
        '- de raad daarover te informeren',
    );
  });

  it('gives every motie with the right values, and reports the Opmerkingen column as left out', async () => {
    const table = await example('moties.csv');
    const result = mapRows(table, guessMapping(table.header));
    expect(result.errors).toEqual([]);
    expect(result.unmappedColumns).toEqual(['Opmerkingen']);
    expect(result.items).toHaveLength(5);
    expect(result.items[0]).toEqual({
      rij: 2,
      item: {
        soort: 'motie',
        nummer: 'M-2025-01',
        titel: 'Financiële ruimte voor het buurthuis',
        vergadering: 'Raad 27 januari 2025',
        agendapunt: '6. Voorjaarsnota 2025',
        datumAangenomen: '2025-01-27',
        indieners: ['GroenLinks', 'D66'],
        dictum: table.rows[0]?.cells[6],
        portefeuillehouder: 'J. de Vries',
        termijn: '2025-07-01',
        status: 'afgedaan',
      },
    });
    expect(result.items.map(({ item }) => [item.nummer, item.status, item.termijn])).toEqual([
      ['M-2025-01', 'afgedaan', '2025-07-01'],
      ['M-2025-02', 'in behandeling', '2025-09-30'],
      ['M-2025-03', 'open', undefined],
      ['M-2025-04', 'verworpen', undefined],
      ['M-2025-05', 'deels afgedaan', '2025-12-15'],
    ]);
    expect(result.items[1]?.item).toMatchObject({
      indieners: ['CDA', 'VVD', 'PvdA'],
      portefeuillehouder: 'A. Özdemir',
    });
  });

  it('has examples/import/mapping.json as its mapping, written out: the guess is the same', async () => {
    const table = await example('moties.csv');
    const mapping = parseMapping(JSON.parse(await readFile(join(DIR, 'mapping.json'), 'utf8')));
    expect(mapping).toEqual(guessMapping(table.header));
    expect(mapRows(table, mapping)).toEqual(mapRows(table, guessMapping(table.header)));
  });
});

describe('examples/import/toezeggingen.xlsx', () => {
  it('gives every toezegging with Excel dates, a formula result, rich text and numbers as text', async () => {
    const table = await example('toezeggingen.xlsx');
    const result = mapRows(table, guessMapping(table.header));
    expect(result.errors).toEqual([]);
    expect(result.unmappedColumns).toEqual([]);
    expect(result.items).toEqual([
      {
        rij: 2,
        item: {
          soort: 'toezegging',
          nummer: '101',
          omschrijving:
            'De wethouder stuurt de raad vóór de begroting een overzicht van de kosten van het zwembad.',
          gedaanDoor: 'wethouder De Vries',
          vergadering: 'Commissie Bestuur 3 februari 2025',
          gedaanOp: '2025-02-03',
          portefeuillehouder: 'J. de Vries',
          termijn: '2025-10-01',
          status: 'open',
        },
      },
      {
        rij: 3,
        item: {
          soort: 'toezegging',
          nummer: '102',
          omschrijving: 'De burgemeester informeert de raad over cameratoezicht in het centrum.',
          gedaanDoor: 'burgemeester Jansen',
          vergadering: 'Raad 24 februari 2025',
          gedaanOp: '2025-02-24',
          portefeuillehouder: 'burgemeester Jansen',
          termijn: '2025-06-30',
          status: 'afgedaan',
        },
      },
      {
        rij: 4,
        item: {
          soort: 'toezegging',
          nummer: '103',
          omschrijving:
            'Het college organiseert een informatieavond over de financiële positie van de sportverenigingen.',
          gedaanDoor: 'wethouder Özdemir',
          vergadering: 'Commissie Samenleving 10 maart 2025',
          gedaanOp: '2025-03-10',
          portefeuillehouder: 'A. Özdemir',
          termijn: '2025-06-08',
          status: 'in behandeling',
        },
      },
      {
        rij: 5,
        item: {
          soort: 'toezegging',
          nummer: '104',
          omschrijving: 'De wethouder gaat in gesprek met de ondernemers aan de Markt over de herinrichting.',
          gedaanDoor: 'wethouder Bakker',
          vergadering: 'Raad 31 maart 2025',
          gedaanOp: '2025-03-31',
          portefeuillehouder: 'M. Bakker',
          termijn: '2025-12-01',
          status: 'deels afgedaan',
        },
      },
    ]);
  });
});
