import type { Register } from '../../db/connection.js';
import type { Overzicht, OverzichtItem } from '../../core/model/overzicht.js';
import type { RegisterItem } from '../../core/model/register.js';
import { isOverdue } from './rules.js';
import { searchItems } from './search.js';

const PAGE = 500;

function entry(item: RegisterItem, peildatum: string): OverzichtItem {
  return {
    soort: item.soort,
    nummer: item.nummer,
    onderwerp: item.soort === 'motie' ? item.titel : item.omschrijving,
    vergadering: item.vergadering,
    ...(item.portefeuillehouder ? { portefeuillehouder: item.portefeuillehouder } : {}),
    ...(item.termijn ? { termijn: item.termijn } : {}),
    status: item.status,
    teLaat: isOverdue(item, peildatum),
  };
}

/** Every motie and toezegging in the register, as the stand van zaken on `peildatum` lists them. */
export function overzichtOn(db: Register, peildatum: string): Overzicht {
  const items: OverzichtItem[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = searchItems(db, { limit: PAGE, offset });
    items.push(...page.items.map((item) => entry(item, peildatum)));
    if (offset + PAGE >= page.total) break;
  }
  return { peildatum, items };
}
