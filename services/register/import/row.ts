import { quote } from '../../../core/errors.js';
import type { ItemKind } from '../../../core/model/register.js';
import type { z } from '../../../core/model/zod-nl.js';
import { convertCell, parseSoort } from './cells.js';
import type { BoundMapping, Column } from './columns.js';
import {
  DRAFTS,
  FIELDS,
  NEW_ITEM_VALUES,
  type ItemDraft,
  type ItemField,
} from '../../../core/model/import-draft.js';
import type { TableRow } from './table.js';

/** One problem in an import file, where the user finds it in Excel: the row number and the column's name. */
export interface RowError {
  rij: number;
  kolom: string;
  reden: string;
}

/** A row's problem with the index of its column, to list a row's problems left to right as Excel shows them. */
export interface LocatedError {
  column: number;
  error: RowError;
}

/** What one row gives: its kind when that is known, and either an item or what is wrong with it. */
export type RowResult =
  | { kind: ItemKind; item: ItemDraft; errors: [] }
  | { kind: ItemKind | undefined; item?: undefined; errors: LocatedError[] };

/**
 * A row as a register item, checked by the core schema. Each cell is converted first (Dutch dates, statuses,
 * indieners), so that a problem is reported once, in the user's terms, at its column; then the schema checks the
 * whole item. Empty cells are absent fields, and so are the fields of NEW_ITEM_VALUES that the file has no column for.
 */
export function mapRow(row: TableRow, bound: BoundMapping): RowResult {
  const at = (column: Column): string => row.cells[column.index] ?? '';
  let kind: ItemKind | undefined;
  if (typeof bound.soort === 'string') {
    kind = bound.soort;
  } else {
    const value = at(bound.soort);
    kind = parseSoort(value);
    if (!kind) {
      const reden =
        row.problems?.get(bound.soort.index) ??
        `${value ? `${quote(value)} is geen soort` : 'is leeg'}; schrijf motie of toezegging`;
      return {
        kind,
        errors: [{ column: bound.soort.index, error: { rij: row.rij, kolom: bound.soort.name, reden } }],
      };
    }
  }

  const draft: Partial<Record<ItemField | 'soort', unknown>> = { soort: kind };
  const errors: LocatedError[] = [];
  const unconverted = new Set<ItemField>();
  for (const field of FIELDS[kind]) {
    const column = bound.fields.get(field);
    const cell = column ? at(column) : '';
    const problem = column && row.problems?.get(column.index);
    if (problem) {
      errors.push({ column: column.index, error: { rij: row.rij, kolom: column.name, reden: problem } });
      unconverted.add(field);
      continue;
    }
    if (!column || cell === '') continue;
    const converted = convertCell(kind, field, cell);
    if (converted.ok) {
      draft[field] = converted.value;
    } else {
      errors.push({
        column: column.index,
        error: { rij: row.rij, kolom: column.name, reden: converted.reden },
      });
      unconverted.add(field);
    }
  }

  // A field without a column is checked with the value a new item gets; the item leaves it out (see `given`).
  const absent = Object.entries(NEW_ITEM_VALUES).filter(([field]) => !bound.fields.has(field as ItemField));
  const result = DRAFTS[kind].safeParse({ ...Object.fromEntries(absent), ...draft });
  if (result.success && errors.length === 0) return { kind, item: given(result.data, draft), errors: [] };
  for (const issue of result.error?.issues ?? []) {
    const field = issue.path[0] as ItemField;
    const column = bound.fields.get(field);
    if (unconverted.has(field) || !column) continue;
    const reden = reason(issue, draft[field] === undefined, kind);
    errors.push({ column: column.index, error: { rij: row.rij, kolom: column.name, reden } });
  }
  return { kind, errors };
}

/** The checked item without the defaults the schema added: only what the row gives (see ItemDraft). */
function given(parsed: object, draft: object): ItemDraft {
  // Every required field is in the draft, or the schema would have refused it; so this is a whole ItemDraft.
  return Object.fromEntries(Object.entries(parsed).filter(([field]) => field in draft)) as ItemDraft;
}

/** The schema's message, put for a cell: an empty cell and a cell too long say so plainly. */
function reason(issue: z.core.$ZodIssue, empty: boolean, kind: ItemKind): string {
  if (empty) return `is leeg, maar een ${kind} moet dit hebben`;
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `is te lang; hier passen hoogstens ${String(issue.maximum)} tekens`;
  }
  return issue.message;
}
