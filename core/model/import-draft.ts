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
 * The fields the schema gives a default (no indieners, an empty dictum) stay out of a draft when the file leaves them
 * empty: the register applies the default to a new item, and an item it already holds keeps what it has.
 */
type Defaulted = 'indieners' | 'dictum';
type ParsedMotie = z.infer<typeof MotieDraft>;
export type MotieDraft = Omit<ParsedMotie, Defaulted> & Partial<Pick<ParsedMotie, Defaulted>>;
export type ToezeggingDraft = z.infer<typeof ToezeggingDraft>;
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
