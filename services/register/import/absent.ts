import { ValidationError, type Issue } from '../../../core/errors.js';
import { FIELDS, needsColumn, NEW_ITEM_VALUES, type ItemField } from '../../../core/model/import-draft.js';
import { ITEM_KINDS, type ItemKind } from '../../../core/model/register.js';
import { parseSoort } from './cells.js';
import type { BoundMapping } from './columns.js';
import { ITEM_FIELD_LABELS } from '../../../core/model/field-labels.js';
import { missingColumn, plural } from './labels.js';
import type { Table } from './table.js';

/** The kinds the file holds: the one the mapping gives, or those its soort column names, in the model's order. */
function kindsIn(table: Table, bound: BoundMapping): ItemKind[] {
  const { soort } = bound;
  if (typeof soort === 'string') return [soort];
  const named = new Set(table.rows.map((row) => parseSoort(row.cells[soort.index] ?? '')));
  return ITEM_KINDS.filter((kind) => named.has(kind));
}

/**
 * Refuses a file without a column for a field that a kind in it cannot do without, naming every such column at once
 * with what the register needs it for.
 */
export function requireColumns(table: Table, bound: BoundMapping): void {
  const issues: Issue[] = [];
  for (const kind of kindsIn(table, bound)) {
    for (const field of FIELDS[kind]) {
      if (needsColumn(kind, field) && !bound.fields.has(field)) {
        issues.push({ path: `kolommen.${field}`, message: missingColumn(kind, field) });
      }
    }
  }
  if (issues.length > 0) {
    throw new ValidationError(issues, `kolomindeling voor ${table.fileName}; er is niets ingelezen`);
  }
}

/**
 * What the import gives new items for the columns the file lacks, for the summary: the value of NEW_ITEM_VALUES
 * (status open), where the file says nothing; an item the register already holds keeps what it has. A missing optional
 * column needs no note: its field stays empty, as an empty cell leaves it, and `nietIngelezen` shows a column that the
 * guess did not recognise.
 */
export function absentColumnNotes(table: Table, bound: BoundMapping): string[] {
  const kinds = kindsIn(table, bound);
  const items = plural(kinds);
  return (Object.entries(NEW_ITEM_VALUES) as [ItemField, string][])
    .filter(([field]) => !bound.fields.has(field) && kinds.some((kind) => FIELDS[kind].includes(field)))
    .map(([field, value]) => {
      const name = ITEM_FIELD_LABELS[field];
      return (
        `er is geen kolom ${name}: nieuwe ${items} krijgen ${name.toLowerCase()} ${value}; ` +
        `${items} die al in het register staan, houden hun ${name.toLowerCase()}`
      );
    });
}
