import { quote, ValidationError } from '../errors.js';
import { MAPPING_LABELS } from './field-labels.js';
import { labelIssues } from './labels.js';
import { ItemKind } from './register.js';
import { Text } from './text.js';
import { z } from './zod-nl.js';
import { FIELDS, MotieField, ToezeggingField } from './import-draft.js';

const ALL_FIELDS = [...new Set([...FIELDS.motie, ...FIELDS.toezegging])];

const Kolom = Text.describe('De naam van de kolom, zoals in de kopregel van het bestand');

/**
 * Which column fills which field. `soort` is either the kind of every row, or the column that says it per row; with
 * such a column, the fields of both kinds may be given, and one column may fill a field of each (an "Onderwerp"
 * column as a motie's titel and a toezegging's omschrijving).
 */
export const Mapping = z
  .object({
    soort: z.union([ItemKind, z.object({ kolom: Kolom }).strict()], {
      error: 'moet "motie" of "toezegging" zijn, of { "kolom": "…" } met de kolom die de soort per rij geeft',
    }),
    kolommen: z.partialRecord(z.union([MotieField, ToezeggingField]), Kolom, {
      // zod reports a key outside the fields as unrecognized_keys, a code its typings for records do not list.
      error: (issue) =>
        'keys' in issue && Array.isArray(issue.keys)
          ? `onbekend veld ${issue.keys.map(String).map(quote).join(', ')}; de velden zijn ${ALL_FIELDS.join(', ')}`
          : undefined,
    }),
  })
  .strict()
  .superRefine((mapping, ctx) => {
    if (typeof mapping.soort !== 'string') return;
    const own: readonly string[] = FIELDS[mapping.soort];
    for (const field of Object.keys(mapping.kolommen)) {
      if (!own.includes(field)) {
        ctx.addIssue({
          code: 'custom',
          path: ['kolommen', field],
          message: `hoort niet bij een ${mapping.soort}; dat heeft ${own.join(', ')}`,
        });
      }
    }
  })
  .describe('Kolomindeling voor het importeren van moties en toezeggingen');
export type Mapping = z.infer<typeof Mapping>;

/** A mapping file's JSON, checked; a ValidationError names each wrong field. */
export function parseMapping(input: unknown): Mapping {
  const result = Mapping.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(labelIssues(result.error.issues, MAPPING_LABELS), 'kolomindeling');
}
