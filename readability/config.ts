import { formatPath, ValidationError } from '../core/errors.js';
import { z } from '../core/model/zod-nl.js';

/** "More than a, at most b": a lower and an upper limit where a figure gets worse as it grows. */
const Rising = (letOp: number, teMoeilijk: number, unit: string) =>
  z
    .object({
      letOpBoven: z.number().min(0).default(letOp).describe(`"let op" boven dit aantal ${unit}`),
      teMoeilijkBoven: z
        .number()
        .min(0)
        .default(teMoeilijk)
        .describe(`"te moeilijk" boven dit aantal ${unit}`),
    })
    .strict()
    .prefault({})
    .refine((t) => t.letOpBoven <= t.teMoeilijkBoven, {
      error: 'letOpBoven mag niet groter zijn dan teMoeilijkBoven',
    });

/**
 * The thresholds of the B1 check, each with its default. A functioneel beheerder may give any part of this in a
 * JSON file (`raadsnota check --drempels <bestand>`); what is left out keeps its default.
 */
export const ReadabilityConfig = z
  .object({
    zinslengte: z
      .object({
        hint: z.int().min(1).default(20).describe('Een zin van meer woorden dan dit krijgt een hint'),
        waarschuwing: z
          .int()
          .min(1)
          .default(30)
          .describe('Een zin van meer woorden dan dit krijgt een waarschuwing'),
      })
      .strict()
      .prefault({})
      .refine((t) => t.hint <= t.waarschuwing, { error: 'hint mag niet groter zijn dan waarschuwing' }),
    langWoord: z
      .object({
        lettergrepen: z.int().min(2).default(6).describe('Een woord met zoveel lettergrepen of meer is lang'),
        letters: z.int().min(2).default(16).describe('Een woord met zoveel letters of meer is lang'),
        uitzonderingen: z
          .array(z.string().trim().min(1))
          .default(['informatienota', 'raadsmededeling', 'portefeuillehouder'])
          .describe(
            'Woorden die nooit als lang worden gemeld, ook niet als meervoud of met -s: de namen van de stukken zelf',
          ),
      })
      .strict()
      .prefault({}),
    titelHoogstensWoorden: z
      .int()
      .min(1)
      .default(12)
      .describe('Tekst tussen aanhalingstekens van hoogstens zoveel woorden is een titel (van een motie)'),
    oordeel: z
      .object({
        minimumWoorden: z
          .int()
          .min(0)
          .default(40)
          .describe(
            'Onder dit aantal woorden zijn de cijfers te wankel: het oordeel volgt dan alleen de zinnen',
          ),
        fleschDouma: z
          .object({
            letOpOnder: z.number().default(60).describe('"let op" onder deze Flesch–Douma-score'),
            teMoeilijkOnder: z.number().default(45).describe('"te moeilijk" onder deze Flesch–Douma-score'),
          })
          .strict()
          .prefault({})
          .refine((t) => t.teMoeilijkOnder <= t.letOpOnder, {
            error: 'teMoeilijkOnder mag niet groter zijn dan letOpOnder',
          }),
        gemiddeldeZinslengte: Rising(15, 20, 'woorden per zin'),
        aandeelLangeWoorden: Rising(5, 10, 'procent lange woorden'),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type ReadabilityConfig = z.infer<typeof ReadabilityConfig>;

export const DEFAULT_CONFIG: ReadabilityConfig = ReadabilityConfig.parse({});

/** Reads thresholds from untrusted JSON, or throws a ValidationError naming every bad field and `source`. */
export function parseConfig(raw: unknown, source = 'drempels'): ReadabilityConfig {
  const result = ReadabilityConfig.safeParse(raw);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((i) => ({
      // An issue with the file as a whole (an unknown key at the top) is the file's own.
      path: i.path.length === 0 ? source : `${source}: ${formatPath(i.path)}`,
      message: i.message,
    })),
    'drempels',
  );
}
