import { parseCsv } from './csv.js';
import { decodeText } from './decode.js';
import { unmarkCell } from '../../spreadsheet-cells.js';
import { fileRefused } from './refused.js';
import { parseXlsx } from './xlsx.js';

/** A row as a file gives it: its cells' text, and per column index what keeps a cell from being read, if anything. */
export interface SheetRow {
  /** In a Table trimmed; a row may be shorter or longer than the header. */
  cells: string[];
  problems?: ReadonlyMap<number, string>;
}

/** A row below the header, numbered as Excel numbers it (the header is usually row 1). */
export interface TableRow extends SheetRow {
  rij: number;
}

/** A spreadsheet as text: the header row's names and every row below it that holds anything. */
export interface Table {
  fileName: string;
  header: string[];
  rows: TableRow[];
  /** For a CSV that mixes UTF-8 and Windows-1252 lines: which lines were read as which, to show with the summary. */
  encodingNote?: string;
}

/** At most this many line numbers in the note; a file with more is a Windows-1252 file with a few UTF-8 lines. */
const LISTED_LINES = 10;

/** "regels 3 en 7 gelezen als Windows-1252, de rest als UTF-8". */
function encodingNote(lines: readonly number[]): string {
  const listed = lines.slice(0, LISTED_LINES).map(String);
  const more = lines.length - listed.length;
  const last = more > 0 ? `nog ${more}` : listed.pop();
  const numbers = listed.length > 0 ? `regels ${listed.join(', ')} en ${last ?? ''}` : `regel ${last ?? ''}`;
  return `${numbers} gelezen als Windows-1252, de rest als UTF-8; kijk daar de letters met accenten na`;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The container of the old binary Office formats: .xls, but also .doc. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads a CSV or XLSX file, recognised by its content rather than its name (a CSV is often saved as .txt).
 * Throws a ValidationError naming the file when it is empty or neither.
 */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  if (startsWith(bytes, OLE2)) {
    throw fileRefused(fileName, 'is een oud Excel-bestand (.xls); sla het in Excel op als .xlsx of als CSV');
  }
  if (startsWith(bytes, ZIP)) return toTable(fileName, await parseXlsx(bytes, fileName));

  const { text, windows1252Lines } = decodeText(bytes);
  // No text file holds a NUL character; a PDF, an image or a Word document does.
  if (text.includes('\u0000')) throw fileRefused(fileName, 'is geen CSV- of Excel-bestand (.csv of .xlsx)');
  const table = toTable(fileName, new Map(parseCsv(text, fileName).map((cells, i) => [i + 1, { cells }])));
  return windows1252Lines ? { ...table, encodingNote: encodingNote(windows1252Lines) } : table;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** The first row that holds anything is the header; empty rows are left out but keep their number for the rest. */
function toTable(fileName: string, rows: Map<number, SheetRow>): Table {
  const filled = [...rows]
    .map(([rij, row]): TableRow => ({ ...row, rij, cells: row.cells.map(cleanCell) }))
    .filter((row) => row.problems !== undefined || row.cells.some((cell) => cell !== ''));
  const [header, ...body] = filled;
  if (!header) throw fileRefused(fileName, 'is leeg: er staat geen kopregel en geen enkele rij in');
  return { fileName, header: header.cells, rows: body };
}

/**
 * Spaces around a value never mean anything; Windows line ends inside a cell become plain ones. The quote our own
 * export puts before a formula-like text goes, so that an exported overview reads back as the same text.
 */
function cleanCell(cell: string): string {
  return unmarkCell(cell.replace(/\r\n?/g, '\n').trim());
}
