import { ValidationError, type Issue } from '../../../core/errors.js';
import type { ImportChoices, ImportSummary } from '../../../core/model/import.js';
import type { Register } from '../../../db/connection.js';
import type { Change } from '../../../db/repositories/change.js';
import type { UpsertCounts } from '../../../db/repositories/upsert.js';
import { guessMapping } from './guess.js';
import { mapRows } from './rows.js';
import { importItems, previewImport } from './store.js';
import { readTable } from './table.js';

/** A griffie's list as a door hands it over: the file's bytes and name, and how to read it. */
export interface ListInput extends ImportChoices {
  bytes: Uint8Array;
  /** The file's name, as messages about the file name it. */
  bestandsnaam: string;
}

/** The register to import into, opened only once the list is read: a list that cannot be read makes no register. */
export type OpenRegister = () => Register;

interface ReadList {
  items: unknown[];
  /** Per item, the Excel row it came from. */
  rows: number[];
  opmerkingen: string[];
  nietIngelezen: string[];
  /** Each field's column, by the header's name. */
  columnNames: ReadonlyMap<string, string>;
}

/** The file as items, every bad row named by its Excel row and column; nothing is read into the register yet. */
async function readList(input: ListInput): Promise<ReadList> {
  const table = await readTable(input.bytes, input.bestandsnaam);
  const result = mapRows(table, input.mapping ?? guessMapping(table.header, input.soort));
  if (result.errors.length > 0) {
    throw new ValidationError(
      result.errors.map((e) => ({ path: `rij ${e.rij}, kolom ${e.kolom}`, message: e.reden })),
      'importbestand; er is niets ingelezen',
      'het',
    );
  }
  return {
    items: result.items.map((d) => d.item),
    rows: result.items.map((d) => d.rij),
    opmerkingen: [...(table.encodingNote ? [table.encodingNote] : []), ...result.absentColumns],
    nietIngelezen: result.unmappedColumns,
    columnNames: result.columnNames,
  };
}

/**
 * The register names items by their place in the list and fields by the model's names; a user finds them by the row
 * number Excel shows and the column's name in the header. A field no column fills (an afdoening) keeps its name.
 */
function byRow<T>(list: ReadList, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = error.issues.map((issue): Issue => {
      const match = /^\[(\d+)\]\.?(.*)$/.exec(issue.path);
      const rij = match ? list.rows[Number(match[1])] : undefined;
      if (rij === undefined) return issue;
      const field = match?.[2] ?? '';
      const column = list.columnNames.get(field);
      const where = column !== undefined ? `kolom ${column}` : field;
      return { ...issue, path: `rij ${rij}${where ? `, ${where}` : ''}` };
    });
    throw new ValidationError(issues, 'import; er is niets ingelezen');
  }
}

function summary(list: ReadList, counts: UpsertCounts): ImportSummary {
  return { ...counts, opmerkingen: list.opmerkingen, nietIngelezen: list.nietIngelezen };
}

/** What importing the list would do, checked as the import checks it (planned once), without writing anything. */
export async function previewList(open: OpenRegister, input: ListInput): Promise<ImportSummary> {
  const list = await readList(input);
  return summary(list, byRow(list, () => previewImport(open(), list.items)).counts);
}

/**
 * Imports the list: read, mapped, planned once and stored in one write transaction, all rows or none. Status and
 * termijn changes reach the history with `change`'s who and when.
 */
export async function importList(
  open: OpenRegister,
  input: ListInput,
  change: Change,
): Promise<ImportSummary> {
  const list = await readList(input);
  return summary(
    list,
    byRow(list, () => importItems(open(), list.items, change)),
  );
}
