import { CsvError, parse, type Options } from 'csv-parse/sync';
import { fileRefused } from './refused.js';

/** Semicolon first: it is what Excel writes on a Dutch Windows, where the comma is the decimal separator. */
const DELIMITERS = [';', '\t', ','] as const;

/** Enough for any header row; the delimiter is detected on this much of the text, not on a list of 10,000 rows. */
const HEADER_WINDOW = 64 * 1024;

const OPTIONS: Options = {
  // Hand-edited files hold quotes inside unquoted text (Motie "Groen") and rows shorter or longer than the header.
  relax_quotes: true,
  relax_column_count: true,
  // Blank lines stay as empty records, so that record n is row n when Excel opens the same file.
  skip_empty_lines: false,
};

/** The records of a CSV text: one array of cells per row as Excel shows it, a quoted newline staying inside its cell. */
export function parseCsv(text: string, fileName: string): string[][] {
  try {
    return parse(text, { ...OPTIONS, delimiter: detectDelimiter(text.slice(0, HEADER_WINDOW)) });
  } catch (error) {
    if (error instanceof CsvError) {
      const reden =
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'een aanhalingsteken (") wordt niet gesloten'
          : `de CSV kan niet gelezen worden (${error.code})`;
      throw fileRefused(fileName, reden);
    }
    throw error;
  }
}

/** The delimiter that splits the header row into the most cells: header names seldom hold one of the others. */
function detectDelimiter(text: string): string {
  let best: string = DELIMITERS[0];
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const cells = headerCells(text, delimiter);
    if (cells > most) {
      best = delimiter;
      most = cells;
    }
  }
  return best;
}

function headerCells(text: string, delimiter: string): number {
  try {
    const [header] = parse(text, { delimiter, to: 1, skip_empty_lines: true, relax_column_count: true });
    return header?.length ?? 0;
  } catch {
    // With the wrong delimiter a quoted header name ("Nr.";"Titel") does not parse: that delimiter is not it.
    return 0;
  }
}
