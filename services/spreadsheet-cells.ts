import { stringify } from 'csv-stringify/sync';

/**
 * The first characters with which Excel, LibreOffice and Google Sheets start a formula when they open a CSV file or
 * read a cell's text (OWASP, "CSV Injection"): `=cmd|' /C calc'!A0` or `=HYPERLINK(…)` in a motie's title would run
 * or link on the griffie's machine. A tab or a carriage return before one of them is skipped by some of them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as a spreadsheet shows it, negative or with a sign (-5, +3,5, 1e-3): harmless, and left as it is. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?$/i;

/** What OWASP advises: a single quote before the cell, which makes the spreadsheet show the rest as text. */
const TEXT_MARK = "'";

/**
 * Whether a text needs the quote: it would be taken as a formula, also once an import has taken off the quotes
 * before it. Marking `'=x` as well keeps the way back exact (see unmarkCell).
 */
function needsMark(text: string): boolean {
  const rest = text.replace(/^'+/, '');
  return FORMULA_START.test(rest) && !PLAIN_NUMBER.test(rest);
}

/**
 * A cell's text as every CSV or XLSX Raadsnota writes it: text that a spreadsheet would take as a formula gets a
 * single quote before it; everything else, a date or a plain number too, stays exactly as it is.
 */
export function safeCell(text: string): string {
  return needsMark(text) ? `${TEXT_MARK}${text}` : text;
}

/**
 * A cell's text as an import reads it: the one quote `safeCell` put before it goes again, so that an export read
 * back gives the same text. A quote that `safeCell` would not have added stays.
 */
export function unmarkCell(text: string): string {
  return text.startsWith(TEXT_MARK) && needsMark(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A CSV for Excel as Dutch offices use it: semicolons, Windows line ends, and a byte order mark so that Excel reads
 * the UTF-8 (ë, €) rightly. Every cell goes through `safeCell`; write every CSV through here.
 */
export function spreadsheetCsv(rows: readonly (readonly string[])[]): string {
  const safe = rows.map((row) => row.map(safeCell));
  return `\uFEFF${stringify(safe, { delimiter: ';', record_delimiter: 'windows' })}`;
}
