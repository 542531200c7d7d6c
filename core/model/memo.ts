import { ValidationError } from '../errors.js';
import { memoLabels } from './field-labels.js';
import { labelIssues } from './labels.js';
import { z } from './zod-nl.js';
import { RichText } from './richtext.js';
import { Motie, Toezegging } from './register.js';
import { IsoDate, Sleutel, Text } from './text.js';

export const Informant = z
  .object({
    naam: Text.describe('Naam van de ambtenaar die vragen over de nota kan beantwoorden'),
    telefoon: Text.optional(),
    email: z.email().optional(),
  })
  .strict();
export type Informant = z.infer<typeof Informant>;

export const Bijlage = z
  .object({
    titel: Text.describe('Titel van de bijlage; de nota nummert de bijlagen in deze volgorde'),
  })
  .strict();
export type Bijlage = z.infer<typeof Bijlage>;

/** A motie that the memo answers: the register's motie, with the adoption date the memo must name. */
export const MotieVerwijzing = Motie.pick({ nummer: true, titel: true, vergadering: true })
  .extend({ datumAangenomen: IsoDate })
  .strict();
export type MotieVerwijzing = z.infer<typeof MotieVerwijzing>;

/** A toezegging that the memo answers, as the register holds it. */
export const ToezeggingVerwijzing = Toezegging.pick({
  nummer: true,
  omschrijving: true,
  gedaanOp: true,
  vergadering: true,
  gedaanDoor: true,
}).strict();
export type ToezeggingVerwijzing = z.infer<typeof ToezeggingVerwijzing>;

/**
 * A section of the memo. A section with a `sleutel` is one of the sections the template's manifest names
 * (inleiding, kernboodschap, financiele-consequenties, openbaarheid, …) and takes its title from there;
 * a section without one is a free section and needs a `titel`.
 */
export const Sectie = z
  .object({
    sleutel: Sleutel.optional().describe(
      'Vaste sectie uit het manifest van het sjabloon, bijvoorbeeld "kernboodschap"',
    ),
    titel: Text.optional().describe('Kop van een vrije sectie'),
    inhoud: RichText,
  })
  .strict()
  .refine((s) => s.sleutel !== undefined || s.titel !== undefined, {
    error: 'een sectie heeft een sleutel (vaste sectie) of een titel (vrije sectie)',
    path: ['titel'],
  });
export type Sectie = z.infer<typeof Sectie>;

export const Ondertekenaar = z
  .object({
    naam: Text.describe('Naam zoals onder de nota, bijvoorbeeld "mr. A.B. de Vries"'),
    functie: Text.describe('Bijvoorbeeld "burgemeester" of "loco-secretaris"'),
  })
  .strict();
export type Ondertekenaar = z.infer<typeof Ondertekenaar>;

// The document prints "kennis te nemen van" itself, and lays the text out as one paragraph, where a line break or tab
// would silently become a space: refused, so that what is printed is what the writer wrote.
const LEAD = /^\s*(wij stellen u voor\s+)?kennis te nemen van\b/i;

/** The writer's own object of "kennis te nemen van", printed as written instead of the composed sentence. */
export const VoorgesteldBesluit = Text.refine((text) => !LEAD.test(text), {
  error: 'begint met "kennis te nemen van", maar dat staat al in de nota; schrijf alleen wat daarna komt',
})
  .refine((text) => !/[\t\n\r]/.test(text), {
    error: 'bevat een regeleinde of tab; het voorgesteld besluit is één alinea',
  })
  .describe(
    'Eigen tekst na "kennis te nemen van", in plaats van de zin die Raadsnota maakt uit de moties en toezeggingen ' +
      '(of het onderwerp). Wordt afgedrukt zoals geschreven, onder "Wij stellen u voor kennis te nemen van:" en op ' +
      'de besluitpagina, bijvoorbeeld "de evaluatie van het wijkgericht werken 2025."',
  );

const common = {
  onderwerp: Text,
  datum: IsoDate.describe('Datum van de nota'),
  versienummer: z.number().int().min(1),
  kenmerk: Text.max(64).describe('Kenmerk of notanummer, volgens het patroon van de huisstijl'),
  portefeuillehouder: Text,
  bijlagen: z.array(Bijlage).default([]),
  moties: z.array(MotieVerwijzing).default([]).describe('Moties die deze nota beantwoordt'),
  toezeggingen: z.array(ToezeggingVerwijzing).default([]).describe('Toezeggingen die deze nota beantwoordt'),
  voorgesteldBesluit: VoorgesteldBesluit.optional(),
  secties: z.array(Sectie).min(1),
  ondertekening: z
    .array(Ondertekenaar)
    .min(1)
    .optional()
    .describe('Wie ondertekent; zonder deze lijst tekenen de burgemeester en de secretaris uit de huisstijl'),
};

export const Informatienota = z
  .object({
    type: z.literal('informatienota'),
    ...common,
    informanten: z.array(Informant).min(1),
    afdeling: Text,
    raadsbesluit: z
      .object({
        vergaderdatum: IsoDate.optional().describe('Datum van de raadsvergadering, als die al bekend is'),
      })
      .strict()
      .optional()
      .describe('Voeg de besluitpagina van de raad toe'),
  })
  .strict();
export type Informatienota = z.infer<typeof Informatienota>;

export const Raadsmededeling = z
  .object({
    type: z.literal('raadsmededeling'),
    ...common,
    informanten: z.array(Informant).default([]),
    team: Text,
    datumBesluitBW: IsoDate.describe('Datum van het besluit van burgemeester en wethouders'),
  })
  .strict();
export type Raadsmededeling = z.infer<typeof Raadsmededeling>;

export const Memo = z.discriminatedUnion('type', [Informatienota, Raadsmededeling]);
export type Memo = z.infer<typeof Memo>;
export type MemoInput = z.input<typeof Memo>;
export type MemoType = Memo['type'];

/**
 * Reads untrusted JSON as a memo, or throws a ValidationError that names every bad field in the document's words;
 * `typeFields` labels the type's own fields (from its manifest).
 */
export function parseMemo(raw: unknown, typeFields?: Readonly<Record<string, string>>): Memo {
  const result = Memo.safeParse(raw);
  if (result.success) return result.data;
  throw new ValidationError(labelIssues(result.error.issues, memoLabels(raw, typeFields)), 'nota');
}
export const MEMO_TYPES = ['informatienota', 'raadsmededeling'] as const satisfies readonly MemoType[];

/** The life of a memo, in order: concept to sent to the council (the register's memos table checks the same list). */
export const MEMO_STATUSES = [
  'concept',
  'ambtelijk akkoord',
  'portefeuillehouder akkoord',
  'B&W-besluit',
  'verzonden',
] as const;
export const MemoStatus = z.enum(MEMO_STATUSES);
export type MemoStatus = z.infer<typeof MemoStatus>;
