import { ValidationError, quote, type Issue } from '../../../core/errors.js';
import type { ItemKind } from '../../../core/model/register.js';
import type { ItemField } from '../../../core/model/import-draft.js';
import type { Mapping } from '../../../core/model/import-mapping.js';
import { columnLetter, normalizeName } from './names.js';
import type { Table } from './table.js';

/** A column of the table: where it is, and the name to show the user. */
export interface Column {
  index: number;
  name: string;
}

/** A mapping tied to one table: the columns it names, found in the header. */
export interface BoundMapping {
  soort: ItemKind | Column;
  fields: Map<ItemField, Column>;
}

/** Finds every column the mapping names; a name that is missing or fits two columns is refused, all at once. */
export function bindMapping(table: Table, mapping: Mapping): BoundMapping {
  const issues: Issue[] = [];
  const find = (name: string, path: string): Column => {
    const found = findColumn(table.header, name);
    if (typeof found === 'number') return { index: found, name: table.header[found] ?? name };
    issues.push({ path, message: `${quote(name)} ${found}` });
    return { index: -1, name };
  };
  const soort = typeof mapping.soort === 'string' ? mapping.soort : find(mapping.soort.kolom, 'soort.kolom');
  const fields = new Map<ItemField, Column>();
  for (const [field, name] of Object.entries(mapping.kolommen) as [ItemField, string][]) {
    fields.set(field, find(name, `kolommen.${field}`));
  }
  if (issues.length > 0) throw new ValidationError(issues, `kolomindeling voor ${table.fileName}`);
  return { soort, fields };
}

/** The column's index, or why there is none: the exact name first, then the name without case and accents. */
function findColumn(header: readonly string[], name: string): number | string {
  for (const matches of [
    (h: string) => h === name.trim(),
    (h: string) => normalizeName(h) === normalizeName(name),
  ]) {
    const indexes = header.flatMap((h, i) => (matches(h) ? [i] : []));
    if (indexes.length > 1)
      return `past op meer dan één kolom (${indexes.map(columnLetter).join(', ')}) in de kopregel`;
    if (indexes[0] !== undefined) return indexes[0];
  }
  return 'staat niet in de kopregel';
}

/**
 * The columns no field reads, so that the user sees what the import leaves out: every named one, and an unnamed one
 * when it holds data.
 */
export function unmappedColumns(table: Table, bound: BoundMapping): string[] {
  const used = new Set([...bound.fields.values()].map((c) => c.index));
  if (typeof bound.soort !== 'string') used.add(bound.soort.index);
  const width = table.rows.reduce((most, r) => Math.max(most, r.cells.length), table.header.length);
  const unmapped: string[] = [];
  for (let i = 0; i < width; i++) {
    if (used.has(i)) continue;
    const name = table.header[i] ?? '';
    if (name !== '') unmapped.push(name);
    else if (table.rows.some((r) => (r.cells[i] ?? '') !== ''))
      unmapped.push(`kolom ${columnLetter(i)} (zonder naam)`);
  }
  return unmapped;
}
