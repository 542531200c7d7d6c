import { ValidationError } from '../errors.js';
import { memoLabels } from './field-labels.js';
import { labelIssues } from './labels.js';
import { z } from './zod-nl.js';
import { RichText } from './richtext.js';
import { Motie, Toezegging } from './register.js';
import { IsoDate, Sleutel, Text } from './text.js';
import { veldSchema, type Veld } from './fields.js';

/**
 * A bijlage's file, named like a picture's `src`: relative to the memo file's folder, so that a memo and its bijlagen
 * travel together; an export reads it only inside that folder.
 */
export const BijlageBestand = Text.refine(
  (name) => !/^(\/|[A-Za-z]:|\\\\)/.test(name) && !name.split(/[\\/]/).includes('..'),
  'een bestandsnaam naast de nota (zoals evaluatie.pdf of bijlagen/evaluatie.pdf), zonder volledig pad of ..',
);

export const Bijlage = z
  .object({
    titel: Text.describe('Titel van de bijlage; de nota nummert de bijlagen in deze volgorde'),
    bestand: BijlageBestand.optional().describe(
      'Het bestand van de bijlage, in de map van de nota, zoals "evaluatie.pdf"; een export neemt het mee in het pakket',
    ),
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

/** The fields every memo has, whatever its type; a type's manifest adds its own (`velden`, see fields.ts). */
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

/** The names a type's own fields may not take: `type` and the fields every memo has. */
export const MEMO_FIELD_NAMES: readonly string[] = ['type', ...Object.keys(common)];

/** The key of a memo type: the name of its manifest in the templates folder, "raadsvoorstel". */
export const MemoType = Sleutel.describe('Het type nota, zoals "informatienota"; `raadsnota types` noemt ze');
export type MemoType = z.infer<typeof MemoType>;

/**
 * A memo of any type, as code outside the type's own check sees it: the common fields, and the type's own fields as
 * values it does not know the shape of. memoSchema gives the strict check of one type.
 */
export const Memo = z.object({ type: MemoType, ...common }).catchall(z.unknown());
export type Memo = z.infer<typeof Memo>;
export type MemoInput = z.input<typeof Memo>;

/**
 * A memo file as a door passes it on, not yet checked: the memo service checks it against its type's manifest, so
 * that its problems are named as in the file (`secties[2].inhoud`), whatever door it came through.
 */
export const MemoFile = z
  .record(z.string(), z.unknown())
  .describe('Een nota zoals in een notabestand; haar type (memos.types) bepaalt welke velden zij heeft');
export type MemoFile = z.infer<typeof MemoFile>;

/** What a memo type declares of itself in its manifest that the memo's check needs. */
export interface MemoTypeFields {
  type: string;
  velden: readonly Veld[];
}

function ownFields(manifest: MemoTypeFields): Record<string, z.ZodType> {
  return Object.fromEntries(manifest.velden.map((veld) => [veld.naam, veldSchema(veld)]));
}

function buildMemoSchema(manifest: MemoTypeFields) {
  return z.object({ type: z.literal(manifest.type), ...common, ...ownFields(manifest) }).strict();
}

// Building a type's schema costs more than checking a memo with it (0.5 against 0.1 ms): built once per loaded
// manifest, which the door keeps for its life.
const schemas = new WeakMap<MemoTypeFields, ReturnType<typeof buildMemoSchema>>();

/** The strict schema of a memo of one type: its common fields, then the type's own in the manifest's order. */
export function memoSchema(manifest: MemoTypeFields): ReturnType<typeof buildMemoSchema> {
  const known = schemas.get(manifest);
  if (known !== undefined) return known;
  const schema = buildMemoSchema(manifest);
  schemas.set(manifest, schema);
  return schema;
}

/** The fields of a memo type, for the concept schema (memo-concept.ts), which makes each of them optional. */
export function memoShape(manifest: MemoTypeFields): z.ZodRawShape {
  return { ...common, ...ownFields(manifest) };
}

/**
 * Reads untrusted JSON as a memo of the manifest's type, or throws a ValidationError that names every bad field in the
 * document's words, the type's own fields by their labels in the manifest.
 */
export function parseMemo(raw: unknown, manifest: MemoTypeFields): Memo {
  const result = memoSchema(manifest).safeParse(raw);
  if (result.success) return result.data;
  throw new ValidationError(labelIssues(result.error.issues, memoLabels(raw, manifest.velden)), 'nota');
}

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
