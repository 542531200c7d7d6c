import { ITEM_FIELD_LABELS } from '../../../core/model/field-labels.js';
import type { ImportColumns } from '../../../core/model/import.js';
import type { ItemField } from '../../../core/model/import-draft.js';
import type { Mapping } from '../../../core/model/import-mapping.js';

/** How the rows' kind is given: the same for every row, or by a column of the file. */
export type SoortKeuze = 'motie' | 'toezegging' | 'kolom';

/** The mapping as the form holds it: every choice the user can make, also those the chosen kind does not use. */
export interface MappingForm {
  soort: SoortKeuze;
  /** The column that gives each row's kind, when `soort` is 'kolom'. */
  soortKolom: string;
  /** Per field the column that fills it; '' is "niet inlezen". */
  kolommen: Partial<Record<ItemField, string>>;
}

export function formOf(mapping: Mapping): MappingForm {
  return {
    soort: typeof mapping.soort === 'string' ? mapping.soort : 'kolom',
    soortKolom: typeof mapping.soort === 'string' ? '' : mapping.soort.kolom,
    kolommen: { ...mapping.kolommen },
  };
}

/** The order a form shows the fields in: that of an item's page (nummer, titel, …, status). */
const ORDER = Object.keys(ITEM_FIELD_LABELS);

/**
 * The fields a column can fill for the chosen kind, in the order of an item's page; with a Soort column, those of
 * both kinds, each once.
 */
export function fieldsFor(soort: SoortKeuze, velden: ImportColumns['velden']): ItemField[] {
  const kinds: readonly ItemField[][] =
    soort === 'kolom' ? [velden.motie, velden.toezegging] : [velden[soort]];
  const fields = new Set(kinds.flat());
  return [...fields].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
}

/** The mapping the operations take: only the fields of the chosen kind, only those given a column. */
export function mappingOf(form: MappingForm, velden: ImportColumns['velden']): Mapping {
  const kolommen: Mapping['kolommen'] = {};
  for (const field of fieldsFor(form.soort, velden)) {
    const kolom = form.kolommen[field];
    if (kolom) kolommen[field] = kolom;
  }
  return { soort: form.soort === 'kolom' ? { kolom: form.soortKolom } : form.soort, kolommen };
}
