// The fuzz harness for the register's import: CSV files in every encoding Excel writes (and lines in two encodings
// mixed), with every delimiter, hostile text, formulas, dates and statuses good and bad, and XLSX workbooks with
// text, numbers, dates and formulas with and without their stored result. Each file is refused as a whole with
// issues that name a row, column or the file, or imported: then the register passes `integrity_check`, every title
// is stored as the file had it, and the overview's CSV carries no cell that a spreadsheet would run as a formula.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OperationRefused } from '../cli/door.js';
import { importCommand, overviewCommand } from '../cli/register-commands.js';
import { makeTempDir, removeTempDir } from './helpers/assets.js';
import { fuzzOptions, FUZZ_TIMEOUT_MS, hostileText } from './helpers/fuzz.js';

const DANGEROUS_START = /^[=+\-@\t\r]/;

/** A cell as the register keeps it: trimmed, with Windows line ends made plain. */
const asStored = (cell: string) => cell.replace(/\r\n?/g, '\n').trim();

const HEADER = ['Nr.', 'Titel', 'Vergadering', 'Datum aangenomen', 'Status', 'Termijn', 'Portefeuillehouder'];

// Mostly good values, so that most files import and the stored text can be compared; now and then a bad one.
const sometimes = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: bad });

const dutchDate = sometimes(
  fc.constantFrom('27-01-2025', '3 maart 2026', '2026-02-05', '', '1-12-2026'),
  fc.oneof(fc.constantFrom('31-02-2026', 'morgen', '1-1-1', '45000'), hostileText(2)),
);
const status = sometimes(
  fc.constantFrom('open', 'Afgedaan', 'in behandeling', 'lopend', 'deels afgehandeld', 'aangehouden'),
  hostileText(2),
);
const text = (pieces: number) => sometimes(hostileText(pieces, { writable: true }), hostileText(pieces));

const row = (i: number) =>
  fc.tuple(
    sometimes(fc.constant(`M-${String(i + 1)}`), hostileText(2)),
    text(5).filter((t) => asStored(t) !== ''),
    sometimes(fc.constantFrom('Raad 27 januari 2025', 'Begroting 2026'), text(3)),
    dutchDate,
    status,
    dutchDate,
    fc.oneof(fc.constant(''), fc.constantFrom('Wethouder Bos', 'Burgemeester'), text(2)),
  );

const rows = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => row(i))));

type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'windows-1252' | 'mixed';

/** Whether Windows-1252 can hold `text` unchanged: Excel would otherwise have saved question marks. */
function fits1252(text: string): boolean {
  return iconv.decode(iconv.encode(text, 'windows-1252'), 'windows-1252') === text;
}

/** The file's bytes; in a "mixed" file every line that Windows-1252 can hold is written in it, the rest in UTF-8. */
function encode(lines: readonly string[], encoding: Encoding): Buffer {
  const text = lines.join('\r\n');
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'windows-1252':
      return fits1252(text) ? iconv.encode(text, 'windows-1252') : Buffer.from(text, 'utf8');
    case 'mixed':
      return Buffer.concat(
        lines.flatMap((line, i) => [
          i % 2 === 1 && fits1252(line) ? iconv.encode(line, 'windows-1252') : Buffer.from(line, 'utf8'),
          Buffer.from(i < lines.length - 1 ? '\r\n' : ''),
        ]),
      );
  }
}

let dir: string;
let counter = 0;
const outcomes = { imported: 0, refused: 0 };

beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeTempDir(dir));

/** Imports the file into a new register and checks the invariant; returns nothing, fails the property on a breach. */
async function importOrRefuse(bytes: Uint8Array, name: string, titles: readonly string[]): Promise<void> {
  const n = ++counter;
  const file = join(dir, `${String(n)}-${name}`);
  const dbPath = join(dir, `${String(n)}.sqlite`);
  await writeFile(file, bytes);
  try {
    await importCommand({ file, mappingFile: undefined, soort: 'motie', dryRun: false, dbPath });
  } catch (error) {
    if (!(error instanceof OperationRefused) || !['invalid_input', 'refused'].includes(error.error.code))
      throw error;
    if (error.error.code === 'invalid_input') {
      const issues = error.error.issues ?? [];
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.message.trim()).not.toBe('');
    }
    outcomes.refused++;
    return;
  }
  outcomes.imported++;
  const db = new Database(dbPath, { readonly: true });
  try {
    expect(db.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
    const stored = db.prepare('SELECT titel FROM moties').pluck().all() as string[];
    const given = new Set(titles.map(asStored));
    for (const titel of stored) expect(given, `stored title ${JSON.stringify(titel)}`).toContain(titel);
  } finally {
    db.close();
  }
  const out = join(dir, `${String(n)}-stand.csv`);
  await overviewCommand({
    out,
    dbPath,
    peildatum: '2026-12-06',
    huisstijlDir: undefined,
    reikwijdte: 'alle',
  });
  const records: string[][] = parse((await readFile(out, 'utf8')).replace(/^\uFEFF/, ''), {
    delimiter: ';',
  });
  const cells = records.flat();
  expect(cells.filter((cell) => DANGEROUS_START.test(cell))).toEqual([]);
}

describe('fuzzing the import of griffie lists', () => {
  it(
    'refuses a generated CSV by row and column, or imports it whole, unchanged and safe to export',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          rows,
          fc.constantFrom<Encoding>('utf8', 'utf8-bom', 'utf16le', 'windows-1252', 'mixed'),
          fc.constantFrom(';', ',', '\t'),
          async (cells, encoding, delimiter) => {
            const lines = stringify([HEADER, ...cells], { delimiter, record_delimiter: '\n' })
              .replace(/\n$/, '')
              .split('\n');
            await importOrRefuse(
              encode(lines, encoding),
              'moties.csv',
              cells.map((r) => r[1]),
            );
          },
        ),
        fuzzOptions(120),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  const cellValue: fc.Arbitrary<ExcelJS.CellValue> = sometimes(
    fc.constantFrom<ExcelJS.CellValue>(
      new Date('2026-03-14T00:00:00Z'),
      { formula: 'TODAY()', result: new Date('2026-03-14T00:00:00Z') },
      '14-03-2026',
      null,
    ),
    fc.oneof(
      hostileText(3),
      fc.integer(),
      fc.constantFrom<ExcelJS.CellValue>(
        { formula: 'A1&"x"' },
        { formula: '1+1', result: 2 },
        { richText: [{ text: '=HYPERLINK("x")' }] },
        { text: 'link', hyperlink: 'https://voorbeeld.nl' },
      ),
    ),
  );
  const vergadering: fc.Arbitrary<ExcelJS.CellValue> = sometimes(
    fc.oneof(text(3), fc.constantFrom<ExcelJS.CellValue>({ richText: [{ text: '=HYPERLINK("x")' }] })),
    cellValue,
  );

  it(
    'refuses a generated XLSX by row and column, or imports it whole and unchanged',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.tuple(
              fc.integer({ min: 1, max: 40 }),
              text(4).filter((t) => asStored(t) !== ''),
              vergadering,
              cellValue,
            ),
            {
              minLength: 1,
              maxLength: 5,
            },
          ),
          async (rows) => {
            const workbook = new ExcelJS.Workbook();
            const sheet = workbook.addWorksheet('Moties');
            sheet.addRow(['Nr.', 'Titel', 'Vergadering', 'Status', 'Termijn']);
            for (const [i, [nummer, titel, meeting, termijn]] of rows.entries()) {
              sheet.addRow([`M-${String(i)}-${String(nummer)}`, titel, meeting, 'open', termijn]);
            }
            const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
            await importOrRefuse(
              bytes,
              'moties.xlsx',
              rows.map((r) => r[1]),
            );
          },
        ),
        fuzzOptions(40),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it('both imported and refused files occurred, so the properties tested both paths', () => {
    expect(outcomes.imported).toBeGreaterThan(10);
    expect(outcomes.refused).toBeGreaterThan(10);
  });
});
