import { z } from './zod-nl.js';
import { MotieField, ToezeggingField } from './import-draft.js';
import { Mapping } from './import-mapping.js';
import { ItemKind } from './register.js';

/** How to read a griffie's list: which column fills which field (guessed from the header when absent). */
export const ImportChoices = z
  .object({
    mapping: Mapping.optional().describe('Welke kolom welk veld vult; zonder: geraden uit de kopregel'),
    soort: ItemKind.optional().describe('De soort van elke rij, als de kopregel die niet zegt'),
  })
  .strict();
export type ImportChoices = z.infer<typeof ImportChoices>;

/** What an import did, or (for a preview) would do, and what the user should know about how the file was read. */
export const ImportSummary = z
  .object({
    toegevoegd: z.int().min(0).describe('Nieuwe moties en toezeggingen'),
    bijgewerkt: z.int().min(0).describe('Die al in het register stonden en veranderen'),
    overgeslagen: z.int().min(0).describe('Die al precies zo in het register stonden'),
    opmerkingen: z
      .array(z.string())
      .describe(
        'Wat de gebruiker moet nakijken: regels die als Windows-1252 zijn gelezen, en wat de import doet voor een ' +
          'kolom die ontbreekt (zonder kolom Status worden nieuwe moties en toezeggingen open)',
      ),
    nietIngelezen: z.array(z.string()).describe('De kolommen van het bestand die geen veld vullen'),
  })
  .strict();
export type ImportSummary = z.infer<typeof ImportSummary>;

/** How a list would be read, before a mapping is chosen: its columns, the guessed mapping, and what a column can fill. */
export const ImportColumns = z
  .object({
    kolommen: z.array(z.string()).describe('De namen in de kopregel, in de volgorde van het bestand'),
    kolomindeling: Mapping.describe('De kolomindeling die Raadsnota uit de kopregel raadt'),
    velden: z
      .object({ motie: z.array(MotieField), toezegging: z.array(ToezeggingField) })
      .strict()
      .describe('De velden die een kolom kan vullen, per soort'),
    rijen: z.int().min(0).describe('Het aantal rijen onder de kopregel'),
  })
  .strict();
export type ImportColumns = z.infer<typeof ImportColumns>;
