import { z } from './zod-nl.js';
import { Pad } from './backup.js';
import { Gemeentecode } from './huisstijl.js';
import { Bijlage } from './memo.js';
import { memoSourceFields, notaOrId } from './memo-documents.js';
import { Openbaarheid, ZgwVertrouwelijkheidaanduiding } from './openbaarheid.js';
import { IsoDate, Sleutel, Text } from './text.js';

/**
 * What an export says of a memo, once: the package's files, the ORI and DiWoo metadata, a vendor profile's import
 * fields and the ZGW upload are each a mapping of this one description, so they can never disagree.
 */
export const ExportDescription = z
  .object({
    type: Sleutel.describe('Het type nota, zoals "informatienota"'),
    typeNaam: Text.describe('De naam van het type zoals de nota hem noemt, zoals "Informatienota"'),
    kenmerk: Text.optional(),
    onderwerp: Text.describe('De officiële titel: het onderwerp van de nota'),
    datum: IsoDate,
    versienummer: z.number().int().positive().optional(),
    organisatie: Text.describe('De gemeente die publiceert, uit de huisstijl, zoals "Gemeente Voorbeeld"'),
    gemeentecode: Gemeentecode.optional(),
    afdeling: Text.optional(),
    portefeuillehouder: Text.optional(),
    vergadering: z
      .object({ naam: Text.optional(), datum: IsoDate.optional() })
      .strict()
      .optional()
      .describe('De vergadering waarin de raad de nota behandelt, als die bekend is'),
    openbaarheid: Openbaarheid,
    beantwoordt: z
      .array(
        z
          .object({
            soort: z.enum(['motie', 'toezegging']),
            nummer: Text,
            omschrijving: Text.describe('De titel van de motie of de omschrijving van de toezegging'),
            datum: IsoDate.optional().describe('Aangenomen (motie) of gedaan (toezegging)'),
            vergadering: Text.optional(),
          })
          .strict(),
      )
      .describe('De moties en toezeggingen die de nota beantwoordt'),
    bijlagen: z.array(Bijlage),
  })
  .strict();
export type ExportDescription = z.infer<typeof ExportDescription>;

/** Every file of a package but the manifest itself, with what it is. */
export const PACKAGE_FILE_ROLES = ['document', 'pdf', 'bijlage', 'metadata', 'diwoo', 'profiel'] as const;

export const PackageFile = z
  .object({
    pad: z.string().min(1).describe('Het pad in het pakket, met / als scheidingsteken'),
    rol: z.enum(PACKAGE_FILE_ROLES),
    mediatype: z.string().min(1),
    grootte: z.number().int().nonnegative().describe('Het aantal bytes'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('De SHA-256 van de inhoud, hexadecimaal in kleine letters'),
  })
  .strict();
export type PackageFile = z.infer<typeof PackageFile>;

/** `manifest.json`: what a receiving system or an auditor checks the package against. */
export const PackageManifest = z
  .object({
    formaat: z.literal('raadsnota-pakket/1'),
    aangemaakt: z.iso.datetime({ offset: true }),
    profiel: Sleutel.describe('Het exportprofiel waarmee het pakket is gemaakt'),
    vertrouwelijkheidaanduiding: ZgwVertrouwelijkheidaanduiding,
    bestanden: z.array(PackageFile).min(1),
  })
  .strict();
export type PackageManifest = z.infer<typeof PackageManifest>;

/** The steps of an export, in order, as a door shows them. */
export const EXPORT_STAPPEN = ['document', 'pdf', 'pakket'] as const;

/** How an export gets on: at which step, and how many of the memos have passed it. */
export const Voortgang = z
  .object({
    stap: z.enum(EXPORT_STAPPEN),
    klaar: z.number().int().nonnegative(),
    totaal: z.number().int().positive(),
  })
  .strict();
export type Voortgang = z.infer<typeof Voortgang>;

/**
 * What a profile's patterns may name, each a value of the description: `{kenmerk} {onderwerp}` for a file name,
 * `{portefeuillehouder}` for a BIS's import field. A pattern naming anything else is refused when the profile loads.
 */
export const PATROON_VELDEN = [
  'kenmerk',
  'onderwerp',
  'datum',
  'type',
  'typeNaam',
  'versienummer',
  'organisatie',
  'afdeling',
  'portefeuillehouder',
  'vergaderdatum',
  'vergadering',
  'vertrouwelijkheidaanduiding',
  'moties',
  'toezeggingen',
  'bijlagen',
] as const;
export type PatroonVeld = (typeof PATROON_VELDEN)[number];

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The placeholders of a pattern, in order: `{kenmerk} {onderwerp}` → kenmerk, onderwerp. */
export function placeholders(pattern: string): string[] {
  return Array.from(pattern.matchAll(PLACEHOLDER), (m) => m[1] ?? '');
}

/** A pattern over the description: text with `{veld}` placeholders, each one of PATROON_VELDEN. */
export const Patroon = Text.superRefine((pattern, ctx) => {
  const unknown = placeholders(pattern).filter((p) => !(PATROON_VELDEN as readonly string[]).includes(p));
  if (unknown.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `kent ${unknown.map((u) => `{${u}}`).join(', ')} niet; kies uit ${PATROON_VELDEN.map((v) => `{${v}}`).join(', ')}`,
    });
  }
});

/** The file a profile writes with a BIS's import fields: JSON (an object) or CSV (a header row and one row). */
export const VeldenBestand = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,60}\.(json|csv)$/, {
    error: 'een bestandsnaam die eindigt op .json of .csv, zoals bis-velden.json, zonder map of spaties',
  })
  .refine((name) => name !== 'manifest.json' && name !== 'metadata.json', {
    error: 'mag niet manifest.json of metadata.json heten; die schrijft het pakket zelf',
  });

/**
 * A vendor profile: configuration a functioneel beheerder writes (templates/export-profielen/<naam>.json), mapping the
 * one description onto a BIS's file names and import fields; no code per vendor.
 */
export const ExportProfile = z
  .object({
    naam: Sleutel.describe('De naam van het profiel, gelijk aan de bestandsnaam zonder .json'),
    titel: Text.describe('Hoe de app het profiel noemt, zoals "iBabs (import)"'),
    omschrijving: Text.optional(),
    bestandsnaam: Patroon.default('{kenmerk} {onderwerp}').describe(
      'Het patroon van de naam van het pakket en zijn document, zoals "{kenmerk} {onderwerp}"',
    ),
    alleenOpenbaar: z
      .boolean()
      .default(false)
      .describe('Een publicatieprofiel: een nota die niet openbaar is, wordt geweigerd'),
    velden: z
      .record(Text, Patroon)
      .optional()
      .describe(
        'Importvelden van het BIS, elk met het patroon van zijn waarde, zoals { "Titel": "{onderwerp}" }',
      ),
    veldenBestand: VeldenBestand.optional().describe(
      'Het bestand met de importvelden in het pakket: .json of .csv; standaard bis-velden.json',
    ),
  })
  .strict()
  .refine((p) => p.veldenBestand === undefined || p.velden !== undefined, {
    error: 'hoort bij velden; zonder velden is er geen bestand met importvelden',
    path: ['veldenBestand'],
  });
export type ExportProfile = z.output<typeof ExportProfile>;

/** A profile as a choice: what `export.profiles` lists. */
export const ExportProfileSummary = z
  .object({ naam: Sleutel, titel: Text, omschrijving: Text.optional(), alleenOpenbaar: z.boolean() })
  .strict();
export type ExportProfileSummary = z.infer<typeof ExportProfileSummary>;

export const ExportProfileList = z.object({ profielen: z.array(ExportProfileSummary) }).strict();
export type ExportProfileList = z.infer<typeof ExportProfileList>;

/**
 * One memo of an export: a memo in the register (`id`) or a memo file's content (`nota`), with the folder (`map`) its
 * pictures and bijlagen are read from. A memo in the register may have a map too: its bijlagen's files are not kept
 * in the register. `nota` is checked when the memo is read, so that its problems are named under the memo.
 */
export const ExportMemo = z
  .object({
    id: memoSourceFields.id,
    nota: z.record(z.string(), z.unknown()).optional().describe('Een nota zoals in een notabestand'),
    map: memoSourceFields.map.describe(
      'De map met de afbeeldingen en de bestanden van de bijlagen van de nota (een volledig pad)',
    ),
  })
  .strict()
  .superRefine(notaOrId);
export type ExportMemo = z.output<typeof ExportMemo>;

export const ExportPackagesRequest = z
  .object({
    memos: z.array(ExportMemo).min(1).max(1000).describe("De nota's; elk krijgt een eigen pakket"),
    profiel: Sleutel.default('generiek').describe('Het exportprofiel (export.profiles noemt ze)'),
    pdf: z.boolean().default(false).describe('Ook een PDF (met LibreOffice), als dat is geïnstalleerd'),
    uit: Pad.describe('De map die de pakketten krijgt'),
    zip: z.boolean().default(false).describe('Elk pakket als ZIP-bestand in plaats van als map'),
    naam: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('De naam van het pakket in plaats van het patroon van het profiel; alleen bij één nota'),
  })
  .strict()
  .refine((r) => r.naam === undefined || r.memos.length === 1, {
    error: 'een eigen naam kan alleen bij één nota',
    path: ['naam'],
  });
export type ExportPackagesRequest = z.output<typeof ExportPackagesRequest>;

export const ExportedPackage = z
  .object({
    pad: z.string().describe('Het volledige pad van het pakket (de map of het ZIP-bestand)'),
    naam: z.string(),
    vertrouwelijkheidaanduiding: ZgwVertrouwelijkheidaanduiding,
    bestanden: z.array(PackageFile),
  })
  .strict();
export type ExportedPackage = z.infer<typeof ExportedPackage>;

export const ExportPackagesResult = z
  .object({
    pakketten: z.array(ExportedPackage),
    pdf: z
      .object({
        gemaakt: z.boolean(),
        reden: z.string().optional().describe('Waarom er geen PDF is, als die gevraagd was'),
      })
      .strict(),
  })
  .strict();
export type ExportPackagesResult = z.infer<typeof ExportPackagesResult>;

export const ExportVerifyRequest = z
  .object({ pad: Pad.describe('Een pakket: de map of het ZIP-bestand') })
  .strict();
export type ExportVerifyRequest = z.infer<typeof ExportVerifyRequest>;

export const ExportVerifyResult = z
  .object({
    inOrde: z.boolean(),
    bestanden: z.int().nonnegative().describe('Hoeveel bestanden het manifest noemt'),
    fouten: z.array(z.object({ pad: z.string(), melding: z.string() }).strict()),
  })
  .strict();
export type ExportVerifyResult = z.infer<typeof ExportVerifyResult>;
