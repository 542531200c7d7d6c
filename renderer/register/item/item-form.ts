import { ITEM_FIELD_LABELS, itemLabels } from '../../../core/model/field-labels.js';
import { isRequired, type ItemField } from '../../../core/model/import-draft.js';
import type { RegisterItem } from '../../../core/model/register.js';
import { ItemUpdate } from '../../../core/model/register-changes.js';

/**
 * The own fields the form edits, per kind, in the order a griffie reads them; status and termijn change elsewhere.
 * The nummerreeks is there too: the register holds it to the numbering setting, so that correcting the year of a
 * date may mean correcting it as well.
 */
export const FORM_FIELDS = {
  motie: [
    'nummer',
    'nummerreeks',
    'titel',
    'vergadering',
    'agendapunt',
    'datumAangenomen',
    'indieners',
    'dictum',
    'portefeuillehouder',
  ],
  toezegging: [
    'nummer',
    'nummerreeks',
    'omschrijving',
    'vergadering',
    'gedaanDoor',
    'gedaanOp',
    'portefeuillehouder',
  ],
} as const satisfies Record<RegisterItem['soort'], readonly (ItemField | 'nummerreeks')[]>;

export type FormField = (typeof FORM_FIELDS)[keyof typeof FORM_FIELDS][number];

/** The form's values: each field as the text in its box (indieners one to a line). */
export type Values = Partial<Record<FormField, string>>;

export const DATE_FIELDS: ReadonlySet<FormField> = new Set(['datumAangenomen', 'gedaanOp']);
export const LONG_FIELDS: ReadonlySet<FormField> = new Set(['dictum', 'omschrijving', 'indieners']);

export const LABELS: Readonly<Record<string, string>> = {
  ...ITEM_FIELD_LABELS,
  nummerreeks: itemLabels(undefined).fields.nummerreeks ?? 'Nummerreeks',
};

export function fieldsOf(item: RegisterItem): readonly FormField[] {
  return FORM_FIELDS[item.soort];
}

export function required(item: RegisterItem, field: FormField): boolean {
  return field === 'nummerreeks' || isRequired(item.soort, field);
}

export function valuesOf(item: RegisterItem): Values {
  const own = item as Partial<Record<FormField, string | string[]>>;
  return Object.fromEntries(
    fieldsOf(item).map((field) => {
      const value = own[field];
      return [field, Array.isArray(value) ? value.join('\n') : (value ?? '')];
    }),
  );
}

/**
 * The form as `register.update` takes it, checked by the shared schema (the one the server checks with): every own
 * field is sent, an optional one left empty is cleared; a required one left empty is sent empty, so that the schema
 * says it is empty.
 */
export function updateOf(item: RegisterItem, values: Values): ReturnType<typeof ItemUpdate.safeParse> {
  const fields: Record<string, unknown> = {};
  for (const field of fieldsOf(item)) {
    const text = values[field] ?? '';
    if (field === 'indieners') {
      fields[field] = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    } else if (text.trim() !== '' || required(item, field)) {
      fields[field] = text;
    }
  }
  return ItemUpdate.safeParse({ soort: item.soort, id: item.id, ...fields });
}

export function sameValues(a: Values, b: Values): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
