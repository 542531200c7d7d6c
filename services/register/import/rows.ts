import { quote } from '../../../core/errors.js';
import type { ItemKind } from '../../../core/model/register.js';
import { absentColumnNotes, requireColumns } from './absent.js';
import { bindMapping, unmappedColumns, type BoundMapping } from './columns.js';
import type { ItemDraft } from '../../../core/model/import-draft.js';
import type { Mapping } from '../../../core/model/import-mapping.js';
import { mapRow, type LocatedError, type RowError } from './row.js';
import type { Table, TableRow } from './table.js';
import { append } from '../../../core/lists.js';

/** An item ready for the register, with the row it came from. */
export interface DraftRow {
  rij: number;
  item: ItemDraft;
}

export interface ImportResult {
  /** The rows without any problem, in file order. */
  items: DraftRow[];
  /** Every problem of every row; a row with one gives no item. */
  errors: RowError[];
  /** The columns no field reads, by name: the import leaves them out. */
  unmappedColumns: string[];
  /** What new items get for the fields the file has no column for, as notes for the user (see absentColumnNotes). */
  absentColumns: string[];
  /** Each field's column as the header names it, so that what the register refuses is named by its column too. */
  columnNames: Map<string, string>;
}

/**
 * The table's rows as register items. A mapping that names a column the table lacks, or leaves out a column that
 * the kinds in the file cannot do without, is refused as a whole (ValidationError); problems in rows are listed, all
 * of them, and a number that occurs twice for the same kind is a problem of the later row.
 */
export function mapRows(table: Table, mapping: Mapping): ImportResult {
  const bound = bindMapping(table, mapping);
  requireColumns(table, bound);
  const items: DraftRow[] = [];
  const errors: RowError[] = [];
  const duplicate = duplicateFinder(bound);
  for (const row of table.rows) {
    const result = mapRow(row, bound);
    const rowErrors = [...result.errors, ...duplicate(row, result.kind)];
    if (result.item && rowErrors.length === 0) items.push({ rij: row.rij, item: result.item });
    // Left to right, as the user reads the row in Excel.
    else
      append(
        errors,
        rowErrors.sort((a, b) => a.column - b.column).map((e) => e.error),
      );
  }
  return {
    items,
    errors,
    unmappedColumns: unmappedColumns(table, bound),
    absentColumns: absentColumnNotes(table, bound),
    columnNames: new Map([...bound.fields].map(([field, column]) => [field, column.name])),
  };
}

/** Remembers each kind's numbers; a number seen before is an error of the later row, whatever else it has. */
function duplicateFinder(bound: BoundMapping): (row: TableRow, kind: ItemKind | undefined) => LocatedError[] {
  const nummer = bound.fields.get('nummer');
  const firstRow = new Map<string, number>();
  return (row, kind) => {
    const value = nummer ? (row.cells[nummer.index] ?? '') : '';
    if (!nummer || !kind || value === '') return [];
    const key = `${kind} ${value}`;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row.rij);
      return [];
    }
    const reden = `er staat al een ${kind} met nummer ${quote(value)} op rij ${first}`;
    return [{ column: nummer.index, error: { rij: row.rij, kolom: nummer.name, reden } }];
  };
}
