import { EXPORT_STAPPEN, ExportedPackage, ExportPackagesResult } from '../../core/model/export.js';
import { memoSourceFields } from '../../core/model/memo-documents.js';
import { Sleutel } from '../../core/model/text.js';
import { z } from '../../core/model/zod-nl.js';
import { ApiError } from './api-error.js';
import { Bestand } from './bestand.js';
import { operation } from './operation.js';

/** A job's id: random, so that no page can guess another's export (api/jobs/jobs.ts makes it). */
export const Taak = z
  .object({
    taak: z
      .string()
      .regex(/^[A-Za-z0-9_-]{32}$/, { error: 'is geen exporttaak van Raadsnota' })
      .describe('De taak, zoals export.start die gaf'),
  })
  .strict();

export const ExportStart = z
  .object({
    id: z.int().positive().describe('De nota in het register'),
    profiel: Sleutel.optional().describe('Het exportprofiel; zonder: generiek'),
    pdf: z.boolean().describe('Of er een PDF bij moet, gemaakt met LibreOffice'),
    map: memoSourceFields.map.describe(
      'De map met de bestanden die de bijlagen van de nota noemen (een volledig pad op de computer waarop Raadsnota draait); alleen nodig als een bijlage een bestand noemt',
    ),
  })
  .strict();

/**
 * The package a finished job made: what the app shows of it. export.packages's own package, without its path (the
 * job's folder is no business of the page), with that call's word on the PDF.
 */
export const ExportPakket = ExportedPackage.omit({ pad: true }).extend({
  pdf: ExportPackagesResult.shape.pdf,
});
export type ExportPakket = z.infer<typeof ExportPakket>;

export const ExportStatus = z
  .object({
    stap: z.enum(EXPORT_STAPPEN).describe('De stap waarin de export is: document, pdf of pakket'),
    klaar: z.int().nonnegative(),
    totaal: z.int().positive(),
    afgerond: z.boolean().describe('Of de export klaar is, met een pakket of met een fout'),
    fout: ApiError.optional().describe('Waarom de export mislukte: dezelfde fout als export.packages gaf'),
    pakket: ExportPakket.optional(),
  })
  .strict();
export type ExportStatus = z.infer<typeof ExportStatus>;

/**
 * The export in the app: a package made in the background while the page shows its steps, and handed over as a ZIP.
 * The job lives in the process that runs the operations, for as long as it runs (api/jobs/).
 */
export const exportJobsContract = {
  'export.start': operation(
    'Begin met het exportpakket van een nota in het register (als ZIP); de nota moet compleet zijn',
    ExportStart,
    Taak,
  ),
  'export.status': operation(
    'Hoe ver een export is, en het pakket of de fout als hij klaar is',
    Taak,
    ExportStatus,
  ),
  'export.download': operation(
    'Het pakket van een afgeronde export als ZIP-bestand; daarna ruimt Raadsnota het op',
    Taak,
    Bestand,
  ),
} as const;
