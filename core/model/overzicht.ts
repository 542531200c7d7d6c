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

/** Which items the report lists: what is not yet closed (the usual report), or everything in the register. */
export const Reikwijdte = z.enum(['lopend', 'alle']);
export type Reikwijdte = z.infer<typeof Reikwijdte>;

/** The report "Stand van zaken moties en toezeggingen" that goes to every council cycle. */
export const Overzicht = z
  .object({
    peildatum: IsoDate,
    /** Absent: the items are whatever the caller chose, and the report speaks of all of them. */
    reikwijdte: Reikwijdte.optional(),
    items: z.array(OverzichtItem),
  })
  .strict();
export type Overzicht = z.infer<typeof Overzicht>;

export const OVERZICHT_FORMATEN = ['docx', 'csv'] as const;
export const OverzichtFormaat = z.enum(OVERZICHT_FORMATEN);
export type OverzichtFormaat = z.infer<typeof OverzichtFormaat>;

/** Which stand van zaken, as which file. */
export const OverzichtRequest = z
  .object({
    formaat: OverzichtFormaat.describe('docx voor de raad, csv voor Excel'),
    peildatum: IsoDate.optional().describe('De datum waarop te laat wordt bepaald; zonder: vandaag'),
    reikwijdte: Reikwijdte.default('lopend').describe('lopend: wat nog niet is afgesloten; alle: alles'),
  })
  .strict();
export type OverzichtRequest = z.infer<typeof OverzichtRequest>;
