import { z } from './zod-nl.js';
import { Financien } from './financien.js';
import { Openbaarheid } from './openbaarheid.js';
import { IsoDate, Sleutel, Text } from './text.js';

export const Informant = z
  .object({
    naam: Text.describe('Naam van de ambtenaar die vragen over de nota kan beantwoorden'),
    telefoon: Text.optional(),
    email: z.email().optional(),
  })
  .strict();
export type Informant = z.infer<typeof Informant>;

/**
 * The kinds of field a memo type may declare in its manifest (`velden`). Each kind is a shape the engine checks, the
 * templates print and the editor offers; a type chooses from them, so that a functioneel beheerder adds a type
 * without code. A new kind is a code change, on purpose: it needs a check, a form field and a way to print it.
 */
export const VELD_SOORTEN = [
  'tekst',
  'datum',
  'getal',
  'keuze',
  'informanten',
  'beslissingen',
  'besluitpagina',
  'openbaarheid',
  'financien',
] as const;
export const VeldSoort = z.enum(VELD_SOORTEN);
export type VeldSoort = z.infer<typeof VeldSoort>;

/** The kinds the document prints at the top of a fixed section (`sectie`), as a sentence above the section's text. */
const IN_SECTION: readonly VeldSoort[] = ['openbaarheid', 'financien'];

/** The name of a field as the memo file spells it: "datumRaadsvergadering", "agendapunt". */
const VeldNaam = z
  .string()
  .regex(
    /^[a-z][a-zA-Z0-9]*$/,
    'moet met een kleine letter beginnen en mag alleen letters en cijfers hebben',
  );

export const Veld = z
  .object({
    naam: VeldNaam.describe('De naam van het veld in het notabestand, zoals "agendapunt"'),
    label: Text.describe('Hoe het document en het formulier het veld noemen, zoals "Agendapunt"'),
    soort: VeldSoort,
    verplicht: z.boolean().default(false).describe('Of elke nota van dit type het veld moet hebben'),
    uitleg: Text.optional().describe('Uitleg bij het veld in het formulier en in het JSON-schema'),
    opties: z.array(Text).min(1).optional().describe('De keuzes, alleen bij soort "keuze"'),
    sectie: Sleutel.optional().describe(
      'De vaste sectie waarin het document de keuze afdrukt, boven de tekst van de sectie; nodig bij soort ' +
        '"openbaarheid" en "financien", en alleen daar',
    ),
  })
  .strict()
  .superRefine((veld, ctx) => {
    if (veld.soort === 'keuze' && veld.opties === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['opties'],
        message: 'een veld van soort "keuze" noemt zijn opties',
      });
    if (veld.soort !== 'keuze' && veld.opties !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['opties'],
        message: 'alleen een veld van soort "keuze" heeft opties',
      });
    // The document prints these kinds only in their section: without one, the choice would be lost without a word.
    if (veld.sectie === undefined && IN_SECTION.includes(veld.soort))
      ctx.addIssue({
        code: 'custom',
        path: ['sectie'],
        message: `een veld van soort "${veld.soort}" noemt de sectie waarin het document de keuze afdrukt`,
      });
    if (veld.sectie !== undefined && !IN_SECTION.includes(veld.soort))
      ctx.addIssue({
        code: 'custom',
        path: ['sectie'],
        message: 'alleen een veld van soort "openbaarheid" of "financien" staat in een sectie',
      });
  });
export type Veld = z.infer<typeof Veld>;

/** The schema of a field's value: required or optional as the manifest says, lists empty when not required. */
export function veldSchema(veld: Veld): z.ZodType {
  const value = ((): z.ZodType => {
    switch (veld.soort) {
      case 'tekst':
        return Text;
      case 'datum':
        return IsoDate;
      case 'getal':
        return z.number().int();
      case 'keuze':
        return z.enum(veld.opties as [string, ...string[]]);
      case 'informanten':
        return veld.verplicht ? z.array(Informant).min(1) : z.array(Informant).default([]);
      case 'beslissingen':
        return veld.verplicht ? z.array(Text).min(1) : z.array(Text).default([]);
      case 'besluitpagina':
        return z
          .object({
            vergaderdatum: IsoDate.optional().describe('Datum van de raadsvergadering, als die al bekend is'),
          })
          .strict();
      case 'openbaarheid':
        return Openbaarheid;
      case 'financien':
        return Financien;
    }
  })();
  const described = value.describe(veld.uitleg ?? veld.label);
  if (veld.verplicht || veld.soort === 'informanten' || veld.soort === 'beslissingen') return described;
  return described.optional();
}
