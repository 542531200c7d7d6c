import { formatIssue } from '../../core/errors.js';
import { OverzichtItem, type Overzicht, type Reikwijdte } from '../../core/model/overzicht.js';
import { CLOSED_STATUSES, type ItemKind } from '../../core/model/register.js';
import type { Register } from '../../db/connection.js';
import { InvalidStoredRow } from '../../db/errors.js';
import { TABLE } from '../../db/repositories/rows.js';
import { statement } from '../../db/repositories/statements.js';
import { issuesOf } from '../../db/repositories/validate.js';
import { isOverdue } from './rules.js';

/** The columns the report shows, under the names of OverzichtItem; the order is the report's own (sortOverzicht). */
function select(soort: ItemKind, reikwijdte: Reikwijdte): string {
  const onderwerp = soort === 'motie' ? 'titel' : 'omschrijving';
  const open = CLOSED_STATUSES.map((status) => `'${status}'`).join(', ');
  return (
    `SELECT '${soort}' AS soort, nummer, ${onderwerp} AS onderwerp, vergadering, portefeuillehouder, termijn, ` +
    `status FROM ${TABLE[soort]}${reikwijdte === 'lopend' ? ` WHERE status NOT IN (${open})` : ''}`
  );
}

interface Row {
  soort: ItemKind;
  nummer: string;
  onderwerp: string;
  vergadering: string;
  portefeuillehouder: string | null;
  termijn: string | null;
  status: string;
}

/**
 * The stand van zaken on `peildatum`: the moties and toezeggingen not yet closed (`lopend`, the report a council
 * cycle gets), or every item. One query, so that the report is one moment of the register,
 * reading only the columns it shows: paging through searchItems cost a sorted OFFSET page per 500 items, quadratic
 * in the register's size (20 s for 100,000 items). Each row is checked by the report's schema, as the repositories
 * check the items they read.
 */
export function overzichtOn(db: Register, peildatum: string, reikwijdte: Reikwijdte = 'lopend'): Overzicht {
  const sql = `${select('motie', reikwijdte)} UNION ALL ${select('toezegging', reikwijdte)}`;
  const items = (statement(db, sql).all() as Row[]).map((row) => {
    const result = OverzichtItem.safeParse({
      soort: row.soort,
      nummer: row.nummer,
      onderwerp: row.onderwerp,
      vergadering: row.vergadering,
      ...(row.portefeuillehouder !== null ? { portefeuillehouder: row.portefeuillehouder } : {}),
      ...(row.termijn !== null ? { termijn: row.termijn } : {}),
      status: row.status,
      teLaat: false,
    });
    if (!result.success) {
      const problems = issuesOf(result.error).map(formatIssue).join('; ');
      throw new InvalidStoredRow(row.soort, row.nummer, problems);
    }
    return { ...result.data, teLaat: isOverdue(result.data, peildatum) };
  });
  return { peildatum, reikwijdte, items };
}
