import { formatIssue } from '../../core/errors.js';
import { Motie, RegisterItem, Toezegging, type Afdoening, type ItemKind } from '../../core/model/register.js';
import { z } from '../../core/model/zod-nl.js';
import { InvalidStoredRow } from '../errors.js';
import { issuesOf } from './validate.js';

/** An item as it goes into the register: everything but the id, which the register gives. */
export const NewItem = z.discriminatedUnion('soort', [
  Motie.omit({ id: true }),
  Toezegging.omit({ id: true }),
]);
export type NewItem = z.infer<typeof NewItem>;

export type { ItemRef } from '../../core/model/register-changes.js';

export const TABLE = { motie: 'moties', toezegging: 'toezeggingen' } as const satisfies Record<
  ItemKind,
  string
>;

type SqlValue = string | number | null;
type Columns = Record<string, SqlValue>;

/** A row of `moties` or `toezeggingen`, with the columns of both kinds; the other kind's are absent. */
export type ItemRow = Record<string, SqlValue> & { id: number; nummer: string };

function afdoeningColumns(afdoening: Afdoening | undefined): Columns {
  return {
    afgedaan_op: afdoening?.datum ?? null,
    afdoening_memo_id: afdoening?.memoId ?? null,
    afdoening_reden: afdoening?.reden ?? null,
  };
}

/** The columns an item writes, in snake_case, with absent fields as NULL and the indieners as a JSON array. */
export function itemColumns(item: NewItem): Columns {
  const common = {
    nummer: item.nummer,
    nummerreeks: item.nummerreeks,
    vergadering: item.vergadering,
    portefeuillehouder: item.portefeuillehouder ?? null,
    termijn: item.termijn ?? null,
    status: item.status,
    ...afdoeningColumns(item.afdoening),
  };
  if (item.soort === 'motie') {
    return {
      ...common,
      titel: item.titel,
      agendapunt: item.agendapunt ?? null,
      datum_aangenomen: item.datumAangenomen ?? null,
      indieners: JSON.stringify(item.indieners),
      dictum: item.dictum,
    };
  }
  return {
    ...common,
    omschrijving: item.omschrijving,
    gedaan_door: item.gedaanDoor ?? null,
    gedaan_op: item.gedaanOp,
  };
}

/** NULL columns become absent fields, as the model has them. */
function present(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}

function afdoeningOf(row: ItemRow): Record<string, unknown> | undefined {
  if (row.afgedaan_op === null) return undefined;
  return present({ datum: row.afgedaan_op, memoId: row.afdoening_memo_id, reden: row.afdoening_reden });
}

/**
 * A stored row as the model's motie or toezegging, validated with the model's schema. A row that does not validate
 * was written around the register's code; saying so beats handing on an item the rest of the program cannot trust.
 */
export function itemFromRow(soort: ItemKind, row: ItemRow): RegisterItem {
  const common = {
    id: row.id,
    soort,
    nummer: row.nummer,
    nummerreeks: row.nummerreeks,
    vergadering: row.vergadering,
    portefeuillehouder: row.portefeuillehouder,
    termijn: row.termijn,
    status: row.status,
    afdoening: afdoeningOf(row) ?? null,
  };
  const fields =
    soort === 'motie'
      ? {
          ...common,
          titel: row.titel,
          agendapunt: row.agendapunt,
          datumAangenomen: row.datum_aangenomen,
          indieners: typeof row.indieners === 'string' ? (JSON.parse(row.indieners) as unknown) : null,
          dictum: row.dictum,
        }
      : { ...common, omschrijving: row.omschrijving, gedaanDoor: row.gedaan_door, gedaanOp: row.gedaan_op };
  const result = RegisterItem.safeParse(present(fields));
  if (result.success) return result.data;
  const problems = issuesOf(result.error).map(formatIssue).join('; ');
  throw new InvalidStoredRow(soort, row.nummer, problems);
}
