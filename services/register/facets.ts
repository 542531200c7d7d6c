import type { Facets } from '../../core/model/search.js';
import type { Register } from '../../db/connection.js';
import { distinctPortefeuillehouders, distinctYears } from '../../db/repositories/facets.js';
import { readTransaction } from '../../db/transaction.js';

/**
 * What the list's filters can choose from, read as one moment of the register: the portefeuillehouders in Dutch
 * alphabetical order (IJ and accents as a Dutch reader expects them), the years the newest first. The database gives
 * each value once; only those few are sorted here.
 */
export function registerFacets(db: Register): Facets {
  return readTransaction(db, () => ({
    portefeuillehouders: distinctPortefeuillehouders(db).sort((a, b) => a.localeCompare(b, 'nl')),
    jaren: distinctYears(db).sort((a, b) => b - a),
  }));
}
