import { z } from './zod-nl.js';
import { ItemKind, MotieStatus } from './register.js';
import { IsoDate, Text } from './text.js';

/** One motie or toezegging as the "stand van zaken" lists it. */
export const OverzichtItem = z
  .object({
    soort: ItemKind,
    nummer: Text,
    /** The motie's title or the toezegging's wording. */
    onderwerp: Text,
    vergadering: Text,
    portefeuillehouder: Text.optional(),
    termijn: IsoDate.optional(),
    status: MotieStatus,
    /** Whether the termijn passed before the peildatum while the item was still open. */
    teLaat: z.boolean(),
  })
  .strict();
export type OverzichtItem = z.infer<typeof OverzichtItem>;

/** The report "Stand van zaken moties en toezeggingen" that goes to every council cycle. */
export const Overzicht = z
  .object({
    peildatum: IsoDate,
    items: z.array(OverzichtItem),
  })
  .strict();
export type Overzicht = z.infer<typeof Overzicht>;
