import { z } from './zod-nl.js';
import { DocumentString, IsoDate, Text } from './text.js';

/**
 * The register of what the council asked (moties) and what the college promised (toezeggingen). These schemas are
 * the one definition: the repositories validate what they read with them, the import validates rows with them, and
 * the memo model's references are picked from them.
 */

export const ITEM_KINDS = ['motie', 'toezegging'] as const;
export const ItemKind = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKind>;

/** The statuses both kinds share; a motie can also be voted down, withdrawn or held over. */
export const TOEZEGGING_STATUSES = ['open', 'in behandeling', 'deels afgedaan', 'afgedaan'] as const;
export const MOTIE_STATUSES = [...TOEZEGGING_STATUSES, 'verworpen', 'ingetrokken', 'aangehouden'] as const;
export const MotieStatus = z.enum(MOTIE_STATUSES);
export const ToezeggingStatus = z.enum(TOEZEGGING_STATUSES);
export type MotieStatus = z.infer<typeof MotieStatus>;
export type ItemStatus = MotieStatus;

/**
 * Where an item's story ends: nothing follows (afgedaan only by an explicit reopen), its termijn no longer changes,
 * and the stand van zaken lists it only when asked for all items.
 */
export const CLOSED_STATUSES = ['afgedaan', 'verworpen', 'ingetrokken'] as const satisfies MotieStatus[];

export function isClosed(status: MotieStatus): boolean {
  return (CLOSED_STATUSES as readonly MotieStatus[]).includes(status);
}

/**
 * The statuses in which the college still owes the council something, so the only ones that can be overdue: every
 * status that is not closed, except aangehouden: a motie held over was not adopted yet, so no termijn runs for it.
 */
export const RUNNING_STATUSES: readonly MotieStatus[] = MOTIE_STATUSES.filter(
  (status) => !isClosed(status) && status !== 'aangehouden',
);

/** How an item was discharged: the answering memo or a written reason, and the date. */
export const Afdoening = z
  .object({
    datum: IsoDate,
    memoId: z.number().int().positive().optional(),
    reden: Text.optional(),
  })
  .strict()
  .refine((a) => a.memoId !== undefined || a.reden !== undefined, {
    error: 'afdoen kan alleen met de nota die het beantwoordt of met een geschreven reden',
    path: ['reden'],
  });
export type Afdoening = z.infer<typeof Afdoening>;

const common = {
  id: z.number().int().positive(),
  nummer: Text.max(32).describe('Nummer, bijvoorbeeld M-12 of 154'),
  /** What the number is unique within: a year ("2026") or a meeting, as the municipality numbers. */
  nummerreeks: Text.max(128),
  vergadering: Text.describe('Vergadering, bijvoorbeeld "Raad 10 november 2026" of "Begroting 2027"'),
  portefeuillehouder: Text.optional(),
  termijn: IsoDate.optional().describe('De termijn waarbinnen het college het moet afdoen'),
  afdoening: Afdoening.optional(),
};

export const Motie = z
  .object({
    ...common,
    soort: z.literal('motie'),
    titel: Text,
    agendapunt: Text.optional(),
    datumAangenomen: IsoDate.optional(),
    indieners: z.array(Text).default([]),
    dictum: DocumentString.default('').describe('Wat de raad vraagt: "verzoekt het college …"'),
    status: MotieStatus,
  })
  .strict();
export type Motie = z.infer<typeof Motie>;

export const Toezegging = z
  .object({
    ...common,
    soort: z.literal('toezegging'),
    omschrijving: Text.describe('De toezegging in woorden'),
    gedaanDoor: Text.optional().describe('De wethouder of burgemeester die de toezegging deed'),
    gedaanOp: IsoDate.describe('Datum van de vergadering waarin de toezegging is gedaan'),
    status: ToezeggingStatus,
  })
  .strict();
export type Toezegging = z.infer<typeof Toezegging>;

export const RegisterItem = z.discriminatedUnion('soort', [Motie, Toezegging]);
export type RegisterItem = z.infer<typeof RegisterItem>;
