import { z } from './zod-nl.js';
import { MemoFile, MemoType } from './memo.js';
import { IsoDate, Text } from './text.js';

/** A path from the root: /…, C:\… or C:/…, or a network share \\server\…; a relative one would depend on the server. */
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

/**
 * Which memo an operation works on: a memo document as given (`nota`), or a memo stored in the register (`id`, its
 * current version unless `versie` names another), whose moties and toezeggingen come from the register's links.
 * One object with a check rather than a union of two, so that a bad memo is refused field by field
 * (`nota.secties[2].inhoud`), not as "matches neither form".
 */
export const memoSourceFields = {
  nota: MemoFile.optional(),
  id: z.int().positive().optional().describe('Een nota in het register'),
  versie: z.int().min(1).optional().describe('Een versie van de nota in het register; zonder: de huidige'),
  map: z
    .string()
    .regex(ABSOLUTE_PATH, { error: 'geef een volledig pad, zoals /home/anna/nota of C:\\Nota' })
    .optional()
    .describe(
      'De map van de nota (een volledig pad op de computer waarop de opdracht draait): daaruit komen de afbeeldingen die haar secties noemen',
    ),
};

type SourceFields = { nota?: unknown; id?: unknown; versie?: unknown; map?: unknown };

/** Refines an object with `nota` and `id` (of `memoSourceFields`): exactly one of them. */
export function notaOrId(value: Pick<SourceFields, 'nota' | 'id'>, ctx: z.RefinementCtx): void {
  const given = (value.nota === undefined ? 0 : 1) + (value.id === undefined ? 0 : 1);
  if (given === 0) {
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: 'geef een nota (nota) of het id van een nota in het register (id)',
    });
  }
  if (given === 2) {
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message: 'geef een nota (nota) of het id van een nota in het register (id), niet allebei',
    });
  }
}

/**
 * Refines an object with `memoSourceFields`: exactly one of `nota` and `id`, `versie` only with `id`, and `map` only
 * with `nota` (a stored memo has no folder).
 */
export function oneMemoSource(value: SourceFields, ctx: z.RefinementCtx): void {
  notaOrId(value, ctx);
  if (value.versie !== undefined && value.id === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['versie'],
      message: 'een versie hoort bij een nota in het register (id)',
    });
  }
  if (value.map !== undefined && value.id !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['map'],
      message: 'een map hoort bij een nota die je meegeeft (nota); een nota in het register heeft geen map',
    });
  }
}

export const MemoSource = z.object(memoSourceFields).strict().superRefine(oneMemoSource);
export type MemoSource = z.output<typeof MemoSource>;

/** A DOCX is a zip file, whose entries carry an MS-DOS date: a year from 1980 to 2107. */
export const DOCX_YEARS = { first: 1980, last: 2107 } as const;

/** A document's creation time: with its offset, so that the bytes do not depend on the machine's time zone. */
export const Aangemaakt = z.iso
  .datetime({ offset: true, error: 'geen datum-tijd; schrijf bijvoorbeeld 2026-03-14T09:30:00+01:00' })
  .refine(
    (moment) => {
      const year = new Date(moment).getUTCFullYear();
      return year >= DOCX_YEARS.first && year <= DOCX_YEARS.last;
    },
    {
      error: `valt buiten de jaren die een DOCX-bestand kan bevatten: van ${DOCX_YEARS.first} tot en met ${DOCX_YEARS.last} (UTC)`,
    },
  )
  .describe('Aanmaaktijd in het document; dezelfde tijd geeft dezelfde bytes. Zonder: nu');

export const RenderMemoInput = z
  .object({ ...memoSourceFields, aangemaakt: Aangemaakt.optional() })
  .strict()
  .superRefine(oneMemoSource);
export type RenderMemoInput = z.output<typeof RenderMemoInput>;

/** A memo's type and subject, as a report names it. */
export const MemoHeading = z
  .object({ type: MemoType, onderwerp: Text })
  .strict()
  .describe('De soort nota en haar onderwerp');
export type MemoHeading = z.infer<typeof MemoHeading>;

/** What `validate` says of a memo that can be rendered. */
/** A section without `sleutel` that counts as a fixed section by its title: the manifest's title or an alias. */
export const RecognisedSection = z
  .object({
    pad: z.string().describe('Waar de sectie in de nota staat, zoals secties[0]'),
    titel: z.string().describe('De titel die de schrijver gaf'),
    sleutel: z.string().describe('De vaste sectie waarvoor zij geldt'),
    als: z.string().describe('De titel van die sectie in het sjabloon'),
  })
  .strict();

export const MemoValidity = MemoHeading.extend({
  secties: z.int().min(0).describe('Hoeveel secties de nota heeft'),
  verplicht: z.int().min(0).describe('Hoeveel secties het sjabloon verplicht stelt'),
  herkend: z
    .array(RecognisedSection)
    .describe(
      'Secties zonder sleutel die aan hun titel als vaste sectie zijn herkend, zoals "Aanleiding" als Inleiding',
    ),
}).strict();
export type MemoValidity = z.infer<typeof MemoValidity>;

export const KenmerkQuery = z
  .object({
    datum: IsoDate.optional().describe('Datum van de nota, waaruit jaar en maand komen; zonder: vandaag'),
  })
  .strict();
export type KenmerkQuery = z.output<typeof KenmerkQuery>;

export const KenmerkProposal = z
  .object({
    kenmerk: Text.describe('Het volgende kenmerk volgens het patroon van de huisstijl'),
    opmerking: z
      .string()
      .optional()
      .describe("Bijvoorbeeld dat er nog geen register is en er zonder nota's is geteld"),
  })
  .strict();
export type KenmerkProposal = z.infer<typeof KenmerkProposal>;

export const NoInput = z.object({}).strict();

export const JsonSchemaDocument = z
  .record(z.string(), z.unknown())
  .describe('Een JSON Schema (draft 2020-12)');
