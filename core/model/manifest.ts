import { z } from './zod-nl.js';
import { Veld } from './fields.js';
import { MEMO_FIELD_NAMES } from './memo.js';
import { FileName, Sleutel } from './text.js';

/** HTML's list types, as a fixed section's `lijstnummering` names the one its numbered lists use. */
export const LIST_TYPES = ['1', 'a', 'A', 'i', 'I'] as const;

const FixedSection = z
  .object({
    sleutel: Sleutel,
    titel: z.string().min(1),
    verplicht: z.boolean(),
    /** Other headings under which this section appears in real memos, e.g. "Kern van de boodschap". */
    aliassen: z.array(z.string().min(1)).default([]),
    /** How a numbered list in this section counts when it does not say so itself: kanttekeningen a, b, c. */
    lijstnummering: z.enum(LIST_TYPES).optional(),
  })
  .strict();

const FreeSlot = z
  .object({
    vrij: z.literal(true),
    /** Headings that writers commonly use for free sections here; offered by the editor, not enforced. */
    suggesties: z.array(z.string().min(1)).default([]),
  })
  .strict();

/**
 * What a template promises: its memo type, its document title, and the sections in their order. Free sections
 * go where the manifest has its `vrij` slot. The manifest, not the code, decides which sections are required,
 * so a functioneel beheerder can add one without a new release.
 */
export const Manifest = z
  .object({
    type: Sleutel.describe('De sleutel van het type; het manifest heet <type>.manifest.json'),
    titel: z.string().min(1).describe('Titel bovenaan het document'),
    sjabloon: FileName.refine((name) => name.endsWith('.hbs'), 'een sjabloon is een .hbs-bestand'),
    /** Raadsmededelingen number their sections: "1. Inleiding", "2. Kader", … */
    nummering: z.boolean().default(false),
    /** The type's own metadata fields, beside the ones every memo has (onderwerp, datum, kenmerk, …). */
    velden: z.array(Veld).default([]),
    secties: z.array(z.union([FixedSection, FreeSlot])).min(1),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.secties.forEach((s, i) => {
      if (!('sleutel' in s)) return;
      if (seen.has(s.sleutel)) {
        ctx.addIssue({
          code: 'custom',
          path: ['secties', i, 'sleutel'],
          message: `sleutel "${s.sleutel}" staat er twee keer`,
        });
      }
      seen.add(s.sleutel);
    });
    const names = new Set<string>();
    m.velden.forEach((veld, i) => {
      if (MEMO_FIELD_NAMES.includes(veld.naam)) {
        ctx.addIssue({
          code: 'custom',
          path: ['velden', i, 'naam'],
          message: `${veld.naam} heeft elke nota al; kies een andere naam`,
        });
      } else if (names.has(veld.naam)) {
        ctx.addIssue({
          code: 'custom',
          path: ['velden', i, 'naam'],
          message: `veld "${veld.naam}" staat er twee keer`,
        });
      }
      names.add(veld.naam);
    });
    // A veld printed in a section needs that section, and a section prints at most one choice above its text.
    const sleutels = new Set(m.secties.flatMap((s) => ('sleutel' in s ? [s.sleutel] : [])));
    const printed = new Map<string, string>();
    m.velden.forEach((veld, i) => {
      if (veld.sectie === undefined) return;
      const other = printed.get(veld.sectie);
      if (!sleutels.has(veld.sectie)) {
        ctx.addIssue({
          code: 'custom',
          path: ['velden', i, 'sectie'],
          message: `sectie "${veld.sectie}" staat niet in de secties van dit manifest; kies uit: ${[...sleutels].join(', ')}`,
        });
      } else if (other !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['velden', i, 'sectie'],
          message: `in sectie "${veld.sectie}" staat al veld "${other}"; een sectie heeft hooguit één veld`,
        });
      } else {
        printed.set(veld.sectie, veld.naam);
      }
    });
    if (m.secties.filter((s) => 'vrij' in s).length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['secties'],
        message: 'een manifest heeft hooguit één vrije plek',
      });
    }
  });
export type Manifest = z.infer<typeof Manifest>;
export type FixedSection = z.infer<typeof FixedSection>;

export function fixedSections(manifest: Manifest): FixedSection[] {
  return manifest.secties.filter((s): s is FixedSection => 'sleutel' in s);
}

/** The velden printed at the top of a fixed section, by the section's sleutel (see Veld's `sectie`). */
export function sectionVelden(manifest: Pick<Manifest, 'velden'>): Map<string, Veld> {
  return new Map(manifest.velden.flatMap((veld) => (veld.sectie === undefined ? [] : [[veld.sectie, veld]])));
}
