import type { z } from './zod-nl.js';
import { Motie, Toezegging, type ItemKind } from './register.js';

/**
 * A register item as an import file describes it: the core schemas without what the register adds itself, the `id`
 * and the `nummerreeks` (the database derives it when it stores the item), and without an `afdoening`, which no
 * import column fills.
 */
const REGISTER_OWN = { id: true, nummerreeks: true, afdoening: true } as const;

export const MotieDraft = Motie.omit(REGISTER_OWN);
export const ToezeggingDraft = Toezegging.omit(REGISTER_OWN);

/**
 * What a new item gets for a field its file has no column for, where the schema gives no default: every new motie and
 * toezegging starts open. An item the register already holds keeps what it has (see planUpsert).
 */
export const NEW_ITEM_VALUES = { status: 'open' } as const;
type NewItemValued = keyof typeof NEW_ITEM_VALUES;

/**
 * The fields the schema gives a default (no indieners, an empty dictum) stay out of a draft when the file leaves them
 * empty, and so do those of NEW_ITEM_VALUES when the file has no column for them: the register applies the default to
 * a new item, and an item it already holds keeps what it has.
 */
type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
export type MotieDraft = Optional<z.infer<typeof MotieDraft>, 'indieners' | 'dictum' | NewItemValued>;
export type ToezeggingDraft = Optional<z.infer<typeof ToezeggingDraft>, NewItemValued>;
export type ItemDraft = MotieDraft | ToezeggingDraft;

export const DRAFTS = { motie: MotieDraft, toezegging: ToezeggingDraft } as const satisfies Record<
  ItemKind,
  z.ZodType
>;

/** The fields a column can fill, per kind. */
export const MotieField = MotieDraft.omit({ soort: true }).keyof();
export const ToezeggingField = ToezeggingDraft.omit({ soort: true }).keyof();
export type MotieField = z.infer<typeof MotieField>;
export type ToezeggingField = z.infer<typeof ToezeggingField>;
export type ItemField = MotieField | ToezeggingField;

export const FIELDS: { [K in ItemKind]: readonly ItemField[] } = {
  motie: MotieField.options,
  toezegging: ToezeggingField.options,
};

/** Whether a kind needs the field: derived from the schema, so that the core model stays the one definition. */
export function isRequired(kind: ItemKind, field: ItemField): boolean {
  const shape: Partial<Record<ItemField, z.ZodType>> = DRAFTS[kind].shape;
  return shape[field]?.safeParse(undefined).success === false;
}

/** Whether a file of this kind must have a column for the field: a required field that a new item gets no value for. */
export function needsColumn(kind: ItemKind, field: ItemField): boolean {
  return isRequired(kind, field) && !(field in NEW_ITEM_VALUES);
}
