import { z } from './zod-nl.js';
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
    bijlagen: z.array(z.object({ titel: Text, bestand: Text.optional() }).strict()),
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
