import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.js';
import { readTable } from '../services/register/import/index.js';
import { issuesOf } from './helpers/assets.js';

const HEADER = ['Nr.', 'Titel', 'Status'];
const ROW = ['M-1', 'Financiële ruimte', 'Afgedaan'];

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Windows-1252 for the characters these tests use: Latin-1 is the same there. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'latin1'));
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return Uint8Array.from(endian === 'le' ? le : le.swap16());
}

function lines(delimiter: string): string {
  return [HEADER, ROW].map((cells) => cells.join(delimiter)).join('\r\n');
}

describe('reading a CSV file', () => {
  it.each([
    ['UTF-8 without BOM', utf8(lines(';'))],
    ['UTF-8 with BOM', utf8(`\uFEFF${lines(';')}`)],
    ['UTF-16 little-endian with BOM', utf16(lines('\t'), 'le')],
    ['UTF-16 big-endian with BOM', utf16(lines(';'), 'be')],
    ['Windows-1252', windows1252(lines(';'))],
  ])('decodes %s', async (_name, bytes) => {
    const table = await readTable(bytes, 'lijst.csv');
    expect(table).toEqual({ fileName: 'lijst.csv', header: HEADER, rows: [{ rij: 2, cells: ROW }] });
  });

  it('reads Windows-1252 bytes as such: 0xEB is ë, and 0x80 is the euro sign', async () => {
    const bytes = Uint8Array.from([
      ...windows1252('Titel\r\nfinanci'),
      0xeb,
      ...windows1252('le '),
      0x80,
      0x0d,
      0x0a,
    ]);
    expect((await readTable(bytes, 'lijst.csv')).rows[0]?.cells).toEqual(['financiële €']);
  });

  it.each([
    ['semicolon', ';'],
    ['comma', ','],
    ['tab', '\t'],
  ])('detects the %s as delimiter', async (_name, delimiter) => {
    const table = await readTable(utf8(lines(delimiter)), 'lijst.csv');
    expect(table.header).toEqual(HEADER);
    expect(table.rows[0]?.cells).toEqual(ROW);
  });

  it('keeps commas inside cells of a semicolon file, and semicolons inside cells of a comma file', async () => {
    const semicolons = await readTable(utf8('Nr.;Indieners\r\n1;CDA, VVD\r\n'), 'a.csv');
    expect(semicolons.rows[0]?.cells).toEqual(['1', 'CDA, VVD']);
    const commas = await readTable(utf8('Nr.,Indieners\n1,"CDA; VVD"\n'), 'b.csv');
    expect(commas.rows[0]?.cells).toEqual(['1', 'CDA; VVD']);
  });

  it('keeps a quoted semicolon, newline and doubled quote inside one cell, and counts rows as Excel does', async () => {
    const text =
      'Nr.;Dictum;Status\r\n1;"verzoekt het college;\r\nte ""onderzoeken""";open\r\n2;kort;open\r\n';
    const table = await readTable(utf8(text), 'lijst.csv');
    expect(table.rows).toEqual([
      { rij: 2, cells: ['1', 'verzoekt het college;\nte "onderzoeken"', 'open'] },
      { rij: 3, cells: ['2', 'kort', 'open'] },
    ]);
  });

  it('trims cells, skips empty rows but keeps the row numbers after them, and takes the first filled row as header', async () => {
    const table = await readTable(
      utf8('\r\n;;\r\n Nr. ; Titel \r\n1;Een\r\n\r\n;\r\n2;Twee\r\n'),
      'lijst.csv',
    );
    expect(table.header).toEqual(['Nr.', 'Titel']);
    expect(table.rows).toEqual([
      { rij: 4, cells: ['1', 'Een'] },
      { rij: 7, cells: ['2', 'Twee'] },
    ]);
  });

  it('accepts a quote inside unquoted text, and rows shorter or longer than the header', async () => {
    const table = await readTable(
      utf8('Nr.;Titel;Status\n1;Motie "Groen"\n2;Twee;open;extra\n'),
      'lijst.csv',
    );
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Motie "Groen"'],
      ['2', 'Twee', 'open', 'extra'],
    ]);
  });

  it('refuses a quote that is never closed, naming the file', async () => {
    const issues = await issuesOf(() => readTable(utf8('Nr.;Titel\n1;"nooit dicht\n2;b\n'), 'lijst.csv'));
    expect(issues).toEqual([
      { path: 'lijst.csv', message: expect.stringContaining('aanhalingsteken') as string },
    ]);
  });
});

async function xlsx(
  build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Blad1'), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading an XLSX file', () => {
  it('gives dates as JJJJ-MM-DD, numbers without ".0", rich text and links as text, formulas as their result', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Nummer', 'Datum', 'Termijn', 'Omschrijving', 'Link', 'Aantal', 'Klaar']);
      sheet.addRow([
        154,
        new Date(Date.UTC(2017, 10, 10)),
        { formula: 'B2+30', result: new Date(Date.UTC(2017, 11, 10)) },
        {
          richText: [
            { text: 'De raad wordt ' },
            { text: 'vóór', font: { bold: true } },
            { text: ' de zomer geïnformeerd' },
          ],
        },
        { text: 'Raadsinformatie', hyperlink: 'https://example.org/ri' },
        0.1 + 0.2,
        true,
      ]);
      sheet.getCell('B2').numFmt = 'dd-mm-yyyy';
      sheet.getCell('C2').numFmt = 'd mmmm yyyy';
    });
    const table = await readTable(bytes, 'lijst.xlsx');
    expect(table.rows).toEqual([
      {
        rij: 2,
        cells: [
          '154',
          '2017-11-10',
          '2017-12-10',
          'De raad wordt vóór de zomer geïnformeerd',
          'Raadsinformatie',
          '0.3',
          'WAAR',
        ],
      },
    ]);
  });

  it('reads the first worksheet only, by Excel row numbers, with empty cells as empty text', async () => {
    const bytes = await xlsx((sheet, workbook) => {
      sheet.getCell('A3').value = 'Nr.';
      sheet.getCell('B3').value = 'Titel';
      sheet.getCell('C3').value = 'Status';
      sheet.getCell('A5').value = 7;
      sheet.getCell('C5').value = 'open';
      workbook.addWorksheet('Blad2').addRow(['niet', 'dit']);
    });
    const table = await readTable(bytes, 'lijst.xlsx');
    expect(table.header).toEqual(['Nr.', 'Titel', 'Status']);
    expect(table.rows).toEqual([{ rij: 5, cells: ['7', '', 'open'] }]);
  });
});

describe('a file that cannot be read', () => {
  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ['an empty file', () => new Uint8Array(), 'leeg'],
    ['a file with only blank lines and separators', () => utf8('\r\n;;\r\n  \r\n'), 'leeg'],
    ['an XLSX without a filled cell', () => xlsx(() => undefined), 'leeg'],
    [
      'a PDF',
      () => Uint8Array.from([...utf8('%PDF-1.7\n'), 0, 0x9c, 0xff, 0x10]),
      'geen CSV- of Excel-bestand',
    ],
    ['an old .xls', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '.xls'],
    [
      'a zip that is not a workbook',
      () => zipSync({ 'word/document.xml': utf8('<w:document/>') }),
      'geen Excel-werkmap',
    ],
  ])('%s is refused with a ValidationError naming the file', async (_name, bytes, reason) => {
    const input = await bytes();
    const error: unknown = await readTable(input, 'griffie.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain('griffie.csv');
    expect(await issuesOf(() => readTable(input, 'griffie.csv'))).toEqual([
      { path: 'griffie.csv', message: expect.stringContaining(reason) as string },
    ]);
  });
});
