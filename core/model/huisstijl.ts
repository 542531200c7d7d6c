import safeRegex from 'safe-regex2';
import { z } from './zod-nl.js';
import { FileName, Text } from './text.js';
const HexColour = z
  .string()
  .regex(/^[0-9A-Fa-f]{6}$/, 'een kleur is zes hexadecimale tekens, bijvoorbeeld 1F4E79')
  .transform((c) => c.toUpperCase());

const Persoon = z.object({ naam: Text }).strict();

/**
 * The municipality's corporate style, kept by the functioneel beheerder as `huisstijl.json` in a folder next to
 * the logo. Everything on a memo that is the same for every memo of the municipality comes from here.
 */
export const Huisstijl = z
  .object({
    gemeente: Text.describe('Naam van de gemeente zoals in de briefkop, bijvoorbeeld "Gemeente Voorbeeld"'),
    plaatsnaam: Text.describe('Voor "Burgemeester en wethouders van …" en "De raad van de gemeente …"'),
    logo: z
      .object({
        bestand: FileName.describe('PNG- of JPEG-bestand in dezelfde map als huisstijl.json'),
        breedteMm: z.number().positive().max(120).default(40),
      })
      .strict(),
    adres: z.array(Text).min(1).describe('Regels van het adresblok in de briefkop'),
    telefoon: Text.optional(),
    website: Text.optional(),
    lettertype: z
      .object({
        tekst: Text.default('Arial'),
        koppen: Text.optional().describe('Zonder waarde hetzelfde als de tekst'),
        grootte: z.number().min(7).max(16).default(10).describe('Puntgrootte van de lopende tekst'),
      })
      .strict()
      .default({ tekst: 'Arial', grootte: 10 }),
    kleuren: z
      .object({
        koppen: HexColour.default('1F4E79'),
        tabelkop: HexColour.default('DCE6F1'),
      })
      .strict()
      .default({ koppen: '1F4E79', tabelkop: 'DCE6F1' }),
    ondertekening: z
      .object({
        burgemeester: Persoon,
        secretaris: Persoon,
        griffier: Persoon.optional(),
      })
      .strict(),
    kenmerk: z
      .object({
        patroon: Text.superRefine((source, ctx) => {
          const problem = patternProblem(source);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }).describe('Reguliere expressie waaraan het hele kenmerk moet voldoen'),
        voorbeeld: Text.describe('Een kenmerk dat aan het patroon voldoet, voor in foutmeldingen'),
      })
      .strict(),
  })
  .strict()
  .superRefine((h, ctx) => {
    if (
      patternProblem(h.kenmerk.patroon) === undefined &&
      !kenmerkPattern(h.kenmerk.patroon).test(h.kenmerk.voorbeeld)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['kenmerk', 'voorbeeld'],
        message: `het voorbeeld past niet bij het patroon ${h.kenmerk.patroon}`,
      });
    }
  });
export type Huisstijl = z.infer<typeof Huisstijl>;

/** The huisstijl's kenmerk pattern, anchored: a kenmerk must fit it as a whole, not merely contain a match. */
export function kenmerkPattern(source: string): RegExp {
  return new RegExp(`^(?:${source})$`, 'u');
}

function patternProblem(source: string): string | undefined {
  try {
    kenmerkPattern(source);
  } catch {
    return 'geen geldige reguliere expressie';
  }
  // Every kenmerk a writer types is matched against it: a pattern that can backtrack without end would hang them.
  return safeRegex(kenmerkPattern(source))
    ? undefined
    : 'dit patroon kan bij sommige kenmerken eindeloos blijven zoeken';
}
