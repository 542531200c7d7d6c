import { z } from './zod-nl.js';
import { KenmerkSettings } from './kenmerk.js';
import { FileName, Text } from './text.js';

const HexColour = z
  .string()
  .regex(/^[0-9A-Fa-f]{6}$/, 'moet een kleur van zes hexadecimale tekens zijn, bijvoorbeeld 1F4E79')
  .transform((c) => c.toUpperCase());

const Persoon = z.object({ naam: Text }).strict();

/** The municipality's code at the CBS, by which the public standards (TOOI, ORI) name it. */
export const Gemeentecode = z
  .string()
  .regex(/^[0-9]{4}$/, 'moet de gemeentecode van het CBS zijn: vier cijfers, zoals 0363')
  .describe(
    'De CBS-code van de gemeente (vier cijfers, zoals 0363): de metadata van een export noemen de gemeente dan ' +
      'ook met haar TOOI-identificatie (gm0363) en ORI-gemeentecode, in plaats van alleen met haar naam',
  );

/**
 * The municipality's corporate style, kept by the functioneel beheerder as `huisstijl.json` in a folder next to
 * the logo. Everything on a memo that is the same for every memo of the municipality comes from here.
 */
export const Huisstijl = z
  .object({
    gemeente: Text.describe('Naam van de gemeente zoals in de briefkop, bijvoorbeeld "Gemeente Voorbeeld"'),
    gemeentecode: Gemeentecode.optional(),
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
    kenmerk: KenmerkSettings,
  })
  .strict();
export type Huisstijl = z.infer<typeof Huisstijl>;

/** What the app's screens take from the huisstijl: the municipality's name and colours. */
export const HuisstijlThema = Huisstijl.pick({ gemeente: true, kleuren: true });
export type HuisstijlThema = z.infer<typeof HuisstijlThema>;
