import { ITEM_FIELD_LABELS } from '../../../core/model/field-labels.js';
import type { ItemField } from '../../../core/model/import-draft.js';
import type { ItemKind } from '../../../core/model/register.js';

const PLURALS: Readonly<Record<ItemKind, string>> = { motie: 'moties', toezegging: 'toezeggingen' };

/** The kinds in the plural, as a note speaks of the new items of a file ("moties en toezeggingen"). */
export function plural(kinds: readonly ItemKind[]): string {
  return kinds.map((kind) => PLURALS[kind]).join(' en ');
}

/**
 * What an item needs a field for, after "elke motie heeft …": so that a file without its column is refused with the
 * reason, and the user sees which column to add rather than only that one is missing.
 */
const NEEDED_FOR: Readonly<Partial<Record<ItemField, (kind: ItemKind) => string>>> = {
  nummer: () =>
    'een nummer nodig, om haar in het register terug te vinden en bij een volgende import bij te werken',
  titel: () => "een titel nodig: zo heet ze in het register en in de nota's die haar noemen",
  omschrijving: () => 'een omschrijving nodig: wat er is toegezegd, in woorden',
  vergadering: (kind) =>
    `een vergadering nodig: die waarin ze is ${kind === 'motie' ? 'behandeld' : 'gedaan'}`,
  gedaanOp: () => 'de datum nodig waarop ze is gedaan',
};

/** Why a file of this kind cannot do without a column for the field. */
export function missingColumn(kind: ItemKind, field: ItemField): string {
  const need = NEEDED_FOR[field]?.(kind) ?? `dit veld nodig`;
  return `er is geen kolom ${ITEM_FIELD_LABELS[field]}; elke ${kind} heeft ${need}`;
}
