import { ValidationError } from '../../../core/errors.js';
import { ITEM_KINDS, type ItemKind } from '../../../core/model/register.js';
import { FIELDS, type ItemField } from '../../../core/model/import-draft.js';
import type { Mapping } from '../../../core/model/import-mapping.js';
import { normalizeName } from './names.js';
import { SOORT_NAMES, SYNONYMS } from './synonyms.js';

/**
 * A mapping guessed from the header's names, case and accents aside. The kind comes from a column that names it per
 * row, else from `soort`, else from names only one kind uses ("Indieners", "Toezegging"); a header that tells
 * neither is refused. The columns it leaves out are what `mapRows` reports as unmapped.
 */
export function guessMapping(header: readonly string[], soort?: ItemKind): Mapping {
  const names = header.map(normalizeName);
  const soortIndex = names.findIndex((name) => SOORT_NAMES.includes(name));
  const soortColumn = header[soortIndex];
  const kinds = soortColumn !== undefined ? ITEM_KINDS : [soort ?? kindFromNames(names)];

  const chosen = new Map<ItemField, number>();
  for (const kind of kinds) {
    const taken = new Set([soortIndex]);
    const filled = new Set<ItemField>();
    for (const { field, index } of matches(kind, names)) {
      if (taken.has(index) || filled.has(field)) continue;
      taken.add(index);
      filled.add(field);
      // With both kinds, a field they share keeps the column the first kind chose.
      if (!chosen.has(field)) chosen.set(field, index);
    }
  }

  // In the order of the model's fields, so that the guess reads like a mapping file.
  const kolommen: Mapping['kolommen'] = {};
  for (const field of kinds.flatMap((kind) => FIELDS[kind])) {
    const index = chosen.get(field);
    if (index !== undefined) kolommen[field] = header[index];
  }
  return { soort: soortColumn !== undefined ? { kolom: soortColumn } : kinds[0], kolommen };
}

/** Every column whose name fits a field, the most telling names first. */
function matches(kind: ItemKind, names: readonly string[]): { field: ItemField; index: number }[] {
  const found: { field: ItemField; index: number; rank: number }[] = [];
  for (const [field, synonyms] of Object.entries(SYNONYMS[kind]) as [ItemField, readonly string[]][]) {
    names.forEach((name, index) => {
      const rank = synonyms.indexOf(name);
      if (rank !== -1) found.push({ field, index, rank });
    });
  }
  return found.sort((a, b) => a.rank - b.rank || a.index - b.index);
}

/** The kind whose own column names the header has more of; names both use ("Datum", "Onderwerp") tell nothing. */
function kindFromNames(names: readonly string[]): ItemKind {
  const motie = new Set(Object.values(SYNONYMS.motie).flat());
  const toezegging = new Set(Object.values(SYNONYMS.toezegging).flat());
  const moties = names.filter((name) => motie.has(name) && !toezegging.has(name)).length;
  const toezeggingen = names.filter((name) => toezegging.has(name) && !motie.has(name)).length;
  if (moties > toezeggingen) return 'motie';
  if (toezeggingen > moties) return 'toezegging';
  throw new ValidationError(
    [
      {
        path: 'soort',
        message:
          'uit de kolomnamen blijkt niet of het bestand moties of toezeggingen bevat; ' +
          'geef de soort op of voeg een kolom "Soort" toe',
      },
    ],
    'kolomindeling',
  );
}
