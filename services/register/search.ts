import { ItemKind, type RegisterItem } from '../../core/model/register.js';
import { SearchQuery, type FoundPage } from '../../core/model/search.js';
import type { z } from '../../core/model/zod-nl.js';
import type { Register } from '../../db/connection.js';
import { getItem } from '../../db/repositories/items.js';
import { TABLE } from '../../db/repositories/rows.js';
import { statement } from '../../db/repositories/statements.js';
import { parseInput } from '../../db/repositories/validate.js';
import { readTransaction } from '../../db/transaction.js';
import { matchExpression } from './match.js';
import { isOverdue } from './rules.js';
import { RUNNING_STATUSES } from '../../core/model/register.js';

export interface SearchResult {
  /** One page, by termijn (items without one last), then by number. */
  items: RegisterItem[];
  /** How many items match in all. */
  total: number;
}

type Params = Record<string, string | number>;

/** The conditions on one kind's table; every value is a bound parameter, never text in the SQL. */
function conditions(soort: ItemKind, query: z.infer<typeof SearchQuery>, params: Params): string {
  const where: string[] = [];
  if (params.match !== undefined) {
    // A motie's row in zoekindex is 2 × its id, a toezegging's 2 × id + 1: the ids come from the FTS index alone.
    where.push(
      soort === 'motie'
        ? 'id IN (SELECT rowid / 2 FROM zoekindex WHERE zoekindex MATCH @match AND rowid % 2 = 0)'
        : 'id IN (SELECT (rowid - 1) / 2 FROM zoekindex WHERE zoekindex MATCH @match AND rowid % 2 = 1)',
    );
  }
  if (query.status) where.push(`status IN (${query.status.map((_, i) => `@status${i}`).join(', ')})`);
  if (query.portefeuillehouder !== undefined) where.push('portefeuillehouder = @portefeuillehouder');
  if (query.vergadering !== undefined) where.push('vergadering = @vergadering');
  if (query.year !== undefined) {
    const datum = soort === 'motie' ? 'datum_aangenomen' : 'gedaan_op';
    where.push(`(nummerreeks = @year OR substr(${datum}, 1, 4) = @year)`);
  }
  if (query.overdueOn !== undefined) {
    // As isOverdue in rules.ts, written so that the (status, termijn) index answers it.
    where.push(
      `status IN (${RUNNING_STATUSES.map((_, i) => `@running${i}`).join(', ')}) AND termijn < @today`,
    );
  }
  return where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
}

/**
 * The list order: by termijn (items without one last), then by number the way people read numbers (length before
 * text: M-9 before M-10), then nummerreeks, kind and id, so that the order is total and pages neither repeat nor skip
 * an item. Each kind's SELECT gives the columns of its order index (migration 0003) under the names the order uses.
 */
const ORDER_COLUMNS =
  'termijn IS NULL AS zonder_termijn, termijn, length(nummer) AS lengte, nummer, nummerreeks, id';
const ORDER_BY = 'zonder_termijn, termijn, lengte, nummer, nummerreeks, soort, id';

/**
 * A search for words only, or a list without filters, walks the items in list order through the order index and
 * keeps the matches when at least one in WALK_SHARE of the items searched matches: a page of 50 is then full after
 * about 2,500 rows, each checked against the search index without reading the row. With fewer matches it is quicker
 * to find them and sort them. Measured on 100,000 items: "school" (21,000 matches) 5 ms walking against 20 ms
 * sorting; "carillon" (7 matches) 0.03 ms sorting against 3.4 ms walking. Other filters never walk: their matches
 * often cluster in time (a year, a wethouder's term, what is still open), so a walk could pass most of the register,
 * reading each row, before its page is full; their own indexes, which hold the list order after the filtered column
 * where that pays (migration 0003), answer them instead.
 */
const WALK_SHARE = 50;

/** Whether a page of `total` matches among `size` items is found by walking in list order (see WALK_SHARE). */
export function walksInOrder(total: number, size: number): boolean {
  return total * WALK_SHARE >= size;
}

export interface SearchSql {
  /** `total`, the number of matches, and `size`, the number of items of the kinds searched. */
  count: string;
  /**
   * One page: by finding the matches and sorting them (`sort`), or, for words or no filter at all, by walking the
   * order index (`walk`).
   */
  page: { sort: string; walk?: string };
  params: Params;
}

/** The SQL of a search, with its parameters; exported so that its query plans can be checked. */
export function searchSql(raw: SearchQuery): SearchSql {
  const query = parseInput(SearchQuery, raw, 'zoekvraag');
  const params: Params = { limit: query.limit, offset: query.offset };
  const match = matchExpression(query.text ?? '');
  if (match !== undefined) params.match = match;
  query.status?.forEach((status, i) => (params[`status${i}`] = status));
  if (query.portefeuillehouder !== undefined) params.portefeuillehouder = query.portefeuillehouder;
  if (query.vergadering !== undefined) params.vergadering = query.vergadering;
  if (query.year !== undefined) params.year = String(query.year);
  if (query.overdueOn !== undefined) {
    params.today = query.overdueOn;
    RUNNING_STATUSES.forEach((status, i) => (params[`running${i}`] = status));
  }
  const kinds = query.soort ? [query.soort] : ItemKind.options;
  const unfiltered =
    !query.status &&
    query.portefeuillehouder === undefined &&
    query.vergadering === undefined &&
    query.year === undefined &&
    query.overdueOn === undefined;
  const onlyWords = match !== undefined && unfiltered;
  // With words and no other filter, the search index alone counts the matches: each row in it is one item.
  const wordsOf = query.soort ? ` AND rowid % 2 = ${query.soort === 'motie' ? 0 : 1}` : '';
  const total = onlyWords
    ? `(SELECT count(*) FROM zoekindex WHERE zoekindex MATCH @match${wordsOf})`
    : kinds
        .map((soort) => `(SELECT count(*) FROM ${TABLE[soort]} ${conditions(soort, query, params)})`)
        .join(' + ');
  const size = kinds.map((soort) => `(SELECT count(*) FROM ${TABLE[soort]})`).join(' + ');
  const select = (soort: ItemKind, walk: boolean) =>
    `SELECT '${soort}' AS soort, ${ORDER_COLUMNS} FROM ${TABLE[soort]}${
      walk ? ` INDEXED BY ${TABLE[soort]}_volgorde` : ''
    } ${conditions(soort, query, params)}`;
  // A compound SELECT with its own ORDER BY: SQLite merges the kinds, each in order, rather than sorting their union.
  const page = (walk: boolean) =>
    `${kinds.map((soort) => select(soort, walk)).join(' UNION ALL ')} ORDER BY ${ORDER_BY} LIMIT @limit OFFSET @offset`;
  return {
    count: `SELECT ${total} AS total, ${size} AS size`,
    page: unfiltered ? { sort: page(false), walk: page(true) } : { sort: page(false) },
    params,
  };
}

/**
 * Searches the register: the words typed (any text is safe, see matchExpression) and the filters, one page at a
 * time. Diacritics do not matter: "financiele" finds "financiële".
 */
export function searchItems(db: Register, query: SearchQuery): SearchResult {
  const sql = searchSql(query);
  return readTransaction(db, () => {
    const { total, size } = statement(db, sql.count).get(sql.params) as { total: number; size: number };
    const page = sql.page.walk !== undefined && walksInOrder(total, size) ? sql.page.walk : sql.page.sort;
    const rows = statement(db, page).all(sql.params) as { soort: ItemKind; id: number }[];
    return { items: rows.map((row) => getItem(db, row.soort, row.id)), total };
  });
}

/**
 * A page of the register as a list shows it: each item with whether it is overdue on `peildatum`, decided here once
 * (isOverdue in rules.ts), so that no door works it out again with a second search.
 */
export function findItems(db: Register, query: SearchQuery, peildatum: string): FoundPage {
  const { items, total } = searchItems(db, query);
  return { items: items.map((item) => ({ ...item, teLaat: isOverdue(item, peildatum) })), total, peildatum };
}
