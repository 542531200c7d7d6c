import type { Register } from '../connection.js';
import { statement } from './statements.js';

/** A column or expression of one table that an index holds, exactly as the index writes it. */
interface Indexed {
  table: 'moties' | 'toezeggingen';
  expression: string;
  /** The smallest value wanted; the walk starts there. */
  from?: string;
  /** The largest value wanted; the walk stops after it. */
  to?: string;
}

/**
 * One query that gives the distinct values of several indexed columns, by skipping through each index: every step
 * seeks the smallest value above the last one, so that the cost grows with the number of distinct values (a few
 * dozen portefeuillehouders or years), not with the number of items. Measured on 100,000 items, a GROUP BY that reads
 * a whole index took 3.6 to 8 ms per column, this walk 0.01 to 0.02 ms. The expressions must stay exactly those of
 * the indexes for SQLite to seek in them.
 */
function distinctSql(columns: readonly Indexed[]): string {
  const walks = columns.map(({ table, expression, from = '', to }, i) => {
    const first = `SELECT min(${expression}) FROM ${table} WHERE ${expression} >= '${from}'`;
    const more = to === undefined ? 'x IS NOT NULL' : `x <= '${to}'`;
    const next = `SELECT (SELECT min(${expression}) FROM ${table} WHERE ${expression} > x) FROM walk${i} WHERE ${more}`;
    return `walk${i}(x) AS (${first} UNION ALL ${next})`;
  });
  const selects = columns.map((_, i) => `SELECT x FROM walk${i} WHERE x IS NOT NULL`);
  return `WITH RECURSIVE ${walks.join(', ')} ${selects.join(' UNION ')}`;
}

/** Every portefeuillehouder an item names (indexes `*_portefeuillehouder`). */
export const PORTEFEUILLEHOUDERS_SQL = distinctSql([
  { table: 'moties', expression: 'portefeuillehouder' },
  { table: 'toezeggingen', expression: 'portefeuillehouder' },
]);

/**
 * Every year of a motie's datum aangenomen or a toezegging's gedaan op (indexes `*_jaar`), and every nummerreeks from
 * "1000" to "9999" (the unique index on nummerreeks and nummer), of which the caller keeps those that are years.
 */
export const YEARS_SQL = distinctSql([
  { table: 'moties', expression: 'substr(datum_aangenomen, 1, 4)' },
  { table: 'toezeggingen', expression: 'substr(gedaan_op, 1, 4)' },
  { table: 'moties', expression: 'nummerreeks', from: '1000', to: '9999' },
  { table: 'toezeggingen', expression: 'nummerreeks', from: '1000', to: '9999' },
]);

/** Every portefeuillehouder that an item names, once, in no particular order. */
export function distinctPortefeuillehouders(db: Register): string[] {
  return (statement(db, PORTEFEUILLEHOUDERS_SQL).all() as { x: string }[]).map((row) => row.x);
}

/**
 * Every year the search's year filter finds something for (services/register/search.ts), in no particular order: the
 * year of an item's date, and a nummerreeks that is a year (one named after a meeting is passed over).
 */
export function distinctYears(db: Register): number[] {
  return (statement(db, YEARS_SQL).all() as { x: string }[]).flatMap(({ x }) =>
    /^[1-9]\d{3}$/.test(x) ? [Number(x)] : [],
  );
}
