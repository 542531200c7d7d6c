// Placeholder of part P's contract (issue 13), with exactly the interface of the common brief, so that the app's
// export builds before P's branch is merged. At merge, P's version of this file replaces this one.
import { PackageFile } from '../../core/model/export.js';
import { MemoFile } from '../../core/model/memo.js';
import { ZgwVertrouwelijkheidaanduiding } from '../../core/model/openbaarheid.js';
import { Sleutel, Text } from '../../core/model/text.js';
import { z } from '../../core/model/zod-nl.js';
import { operation } from './operation.js';

export const ExportPackagesInput = z
  .object({
    memos: z
      .array(
        z.union([
          z.object({ id: z.int().positive() }).strict(),
          z.object({ nota: MemoFile, map: z.string() }).strict(),
        ]),
      )
      .min(1),
    profiel: Sleutel.default('generiek'),
    pdf: z.boolean(),
    uit: z.string().min(1),
    zip: z.boolean(),
  })
  .strict();

export const ExportPackagesOutput = z
  .object({
    pakketten: z.array(
      z
        .object({
          pad: z.string(),
          naam: z.string(),
          vertrouwelijkheidaanduiding: ZgwVertrouwelijkheidaanduiding,
          bestanden: z.array(PackageFile),
        })
        .strict(),
    ),
    pdf: z.object({ gemaakt: z.boolean(), reden: z.string().optional() }).strict(),
  })
  .strict();

export const exportContract = {
  'export.profiles': operation(
    'De exportprofielen van deze installatie',
    z.object({}).strict(),
    z
      .object({
        profielen: z.array(
          z
            .object({
              naam: Sleutel,
              titel: Text,
              omschrijving: Text.optional(),
              alleenOpenbaar: z.boolean(),
            })
            .strict(),
        ),
      })
      .strict(),
  ),
  'export.packages': operation(
    'Exporteer nota’s als pakketten voor het BIS',
    ExportPackagesInput,
    ExportPackagesOutput,
  ),
  'export.verify': operation(
    'Controleer een pakket tegen zijn manifest',
    z.object({ pad: z.string().min(1) }).strict(),
    z
      .object({
        inOrde: z.boolean(),
        fouten: z.array(z.object({ pad: z.string(), melding: z.string() }).strict()),
      })
      .strict(),
  ),
} as const;
