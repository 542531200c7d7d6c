import { z } from './zod-nl.js';

/** A path the user names, as the CLI and the API take it: for a backup, an export's folder, a package. */
export const Pad = z
  .string()
  .min(1)
  .describe('Een pad op deze computer; een relatief pad geldt vanaf de map waarin Raadsnota draait');

export const BackupRequest = z.object({ naar: Pad.describe('Waar de reservekopie komt') }).strict();
export type BackupRequest = z.infer<typeof BackupRequest>;

export const BackupMade = z
  .object({
    naar: z.string().describe('Het volledige pad van de reservekopie'),
    bytes: z.int().min(0).describe('De grootte van de reservekopie'),
  })
  .strict();
export type BackupMade = z.infer<typeof BackupMade>;

export const RestoreRequest = z
  .object({ van: Pad.describe('De reservekopie die wordt teruggezet') })
  .strict();
export type RestoreRequest = z.infer<typeof RestoreRequest>;

export const Restored = z
  .object({
    register: z.string().describe('Het register dat nu de inhoud van de reservekopie heeft'),
    schemaVan: z.int().min(0).describe('De schemaversie van de reservekopie'),
    schemaNaar: z.int().min(0).describe('De schemaversie van het teruggezette register'),
  })
  .strict();
export type Restored = z.infer<typeof Restored>;
