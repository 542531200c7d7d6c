import type ExcelJS from 'exceljs';
import { fileRefused } from './refused.js';
import type { SheetRow } from './table.js';

/**
 * What a cell holds that the import cannot read as text: a formula whose result the file does not hold. Programs
 * that write a workbook without calculating it (scripts, some exports) leave the result out; Excel adds it on saving.
 */
const NO_RESULT =
  'bevat een formule waarvan het bestand de uitkomst niet bewaart; open het bestand in Excel en sla het één keer ' +
  'op, dan bewaart Excel de uitkomst';

/**
 * The rows of the workbook's first worksheet, by their row number in Excel, as the text each cell shows, with what
 * stands in the way of reading a cell by its column index.
 */
export async function parseXlsx(bytes: Uint8Array, fileName: string): Promise<Map<number, SheetRow>> {
  // A zip that does not load, or loads without a worksheet (every workbook Excel writes has one), is another file,
  // such as a Word document.
  const sheet = await firstWorksheet(bytes).catch(() => undefined);
  if (!sheet) {
    throw fileRefused(fileName, 'is een zip-bestand, maar geen Excel-werkmap (.xlsx) die gelezen kan worden');
  }
  const rows = new Map<number, SheetRow>();
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    const problems = new Map<number, string>();
    for (let column = 1; column <= row.cellCount; column++) {
      const value = row.getCell(column).value;
      if (withoutResult(value)) problems.set(column - 1, NO_RESULT);
      cells.push(cellText(value));
    }
    rows.set(rowNumber, problems.size > 0 ? { cells, problems } : { cells });
  });
  return rows;
}

async function firstWorksheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet | undefined> {
  // exceljs is large: loaded only when an XLSX comes in, it stays out of the start-up of every other command.
  // As an ES module exceljs arrives under `default`; the CLI's CommonJS bundle requires it as it is.
  const exceljs: { default?: typeof ExcelJS } & Partial<typeof ExcelJS> = await import('exceljs');
  const Workbook = exceljs.default?.Workbook ?? exceljs.Workbook;
  if (!Workbook) throw new Error('exceljs heeft geen Workbook');
  const workbook = new Workbook();
  // exceljs's typings take an ArrayBuffer (it hands the data to JSZip); a copy gives one of exactly these bytes.
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook.worksheets[0];
}

function withoutResult(value: ExcelJS.CellValue): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    ('formula' in value || 'sharedFormula' in value) &&
    value.result === undefined
  );
}

/** A cell as plain text: a date as JJJJ-MM-DD, a formula as its result, rich text and links as their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // 15 significant digits is what Excel shows: 0.1 + 0.2 is 0.3 there, and 154 stays 154, not 154.0.
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // The typings say a link's text is a string; a link over formatted text holds rich text there.
  if ('hyperlink' in value) return cellText(value.text);
  if ('error' in value) return value.error;
  return cellText(value.result);
}
