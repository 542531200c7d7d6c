import { ItemKind, MotieStatus, type RegisterItem } from '../../core/model/register.js';
import { IsoDate, Text } from '../../core/model/text.js';
import { z } from '../../core/model/zod-nl.js';
import type { Register } from '../../db/connection.js';
import { getItem } from '../../db/repositories/items.js';
import { TABLE } from '../../db/repositories/rows.js';
import { statement } from '../../db/repositories/statements.js';
import { parseInput } from '../../db/repositories/validate.js';
import { matchExpression } from './match.js';
import { RUNNING_STATUSES } from './rules.js';

export const SearchQuery = z
  .object({
    text: z.string().optional().describe('Woorden uit nummer, titel, dictum of omschrijving'),
    soort: ItemKind.optional(),
    status: z.array(MotieStatus).min(1).optional().describe('Een of meer statussen'),
    portefeuillehouder: Text.optional(),
    vergadering: Text.optional(),
    year: z.int().min(1000).max(9999).optional().describe('Jaar van de nummerreeks of van de datum'),
    overdueOn: IsoDate.optional().describe('Alleen wat op deze datum over de termijn is'),
    limit: z.int().min(1).max(500).default(50),
    offset: z.int().min(0).default(0),
  })
  .strict();
export type SearchQuery = z.input<typeof SearchQuery>;

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

export interface SearchSql {
  page: string;
  count: string;
  params: Params;
}

/** The SQL of a search, with its parameters; exported so that its query plan can be checked. */
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
  // With words and no other filter the search index alone counts the matches, and the narrow sort index of
  // migration 0002 orders them, named because SQLite would otherwise read every matching row.
  const onlyWords =
    match !== undefined &&
    !query.status &&
    query.portefeuillehouder === undefined &&
    query.vergadering === undefined &&
    query.year === undefined &&
    query.overdueOn === undefined;
  const select = (soort: ItemKind) =>
    `SELECT '${soort}' AS soort, id, termijn, nummerreeks, nummer FROM ${TABLE[soort]}${
      onlyWords ? ` INDEXED BY ${TABLE[soort]}_sorteer` : ''
    } ${conditions(soort, query, params)}`;
  const count = (soort: ItemKind) =>
    onlyWords
      ? `(SELECT count(*) FROM zoekindex WHERE zoekindex MATCH @match AND rowid % 2 = ${soort === 'motie' ? 0 : 1})`
      : `(SELECT count(*) FROM ${TABLE[soort]} ${conditions(soort, query, params)})`;
  return {
    // length before text sorts numbers of one shape naturally: M-9 before M-10. Soort and id make the order total,
    // so that pages neither repeat nor skip an item.
    page: `SELECT soort, id FROM (${kinds.map(select).join(' UNION ALL ')})
           ORDER BY termijn IS NULL, termijn, length(nummer), nummer, nummerreeks, soort, id
           LIMIT @limit OFFSET @offset`,
    count: `SELECT ${kinds.map(count).join(' + ')} AS total`,
    params,
  };
}

/**
 * Searches the register: the words typed (any text is safe, see matchExpression) and the filters, one page at a
 * time. Diacritics do not matter: "financiele" finds "financiële".
 */
export function searchItems(db: Register, query: SearchQuery): SearchResult {
  const sql = searchSql(query);
  return db.transaction(() => {
    const rows = statement(db, sql.page).all(sql.params) as { soort: ItemKind; id: number }[];
    const { total } = statement(db, sql.count).get(sql.params) as { total: number };
    return { items: rows.map((row) => getItem(db, row.soort, row.id)), total };
  })();
}
