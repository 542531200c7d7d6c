import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guessMapping, mapRows, readTable } from '../services/register/import/index.js';

/** A workbook as a script writes one: formulas with or without the result Excel would store on saving. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Blad1');
  sheet.addRow(['Soort', 'Nummer', 'Titel', 'Vergadering', 'Termijn', 'Status']);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const NO_RESULT =
  'bevat een formule waarvan het bestand de uitkomst niet bewaart; open het bestand in Excel en sla het één keer ' +
  'op, dan bewaart Excel de uitkomst';

describe('an XLSX cell with a formula', () => {
  it('is read as its stored result', async () => {
    const bytes = await workbook([
      ['motie', 'M-1', { formula: 'UPPER("groen")', result: 'GROEN' }, 'Raad', '2026-09-01', 'open'],
    ]);
    const table = await readTable(bytes, 'lijst.xlsx');
    const result = mapRows(table, guessMapping(table.header));
    expect(result.errors).toEqual([]);
    expect(result.items[0]?.item).toMatchObject({ nummer: 'M-1', titel: 'GROEN' });
  });

  it('without a stored result is named at its row and column, with how to fix it, not called empty', async () => {
    const bytes = await workbook([
      ['motie', 'M-1', { formula: 'UPPER("groen")' }, 'Raad', '', 'open'],
      ['motie', 'M-2', 'Bomen', 'Raad', { formula: 'DATE(2026,9,1)' }, 'open'],
      [{ formula: 'IF(TRUE,"motie")' }, 'M-3', 'Bankjes', 'Raad', '', 'open'],
    ]);
    const table = await readTable(bytes, 'lijst.xlsx');
    const result = mapRows(table, guessMapping(table.header));
    expect(result.items).toEqual([]);
    expect(result.errors).toEqual([
      { rij: 2, kolom: 'Titel', reden: NO_RESULT },
      { rij: 3, kolom: 'Termijn', reden: NO_RESULT },
      { rij: 4, kolom: 'Soort', reden: NO_RESULT },
    ]);
  });
});
