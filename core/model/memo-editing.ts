import { z } from './zod-nl.js';
import { MemoConcept } from './memo-concept.js';
import { MemoId } from './memo-register.js';
import { ItemKind, MotieStatus } from './register.js';

/**
 * What the memo editor asks of the register besides the memo store (api/contract/memo-editing.ts): the memo's
 * pictures, a preview of the document at any stage, and settling what a sent memo answered. Declared once here, for
 * the services, the contract and the renderer's client alike.
 */

/**
 * The name of a picture kept with a memo, as a section's `<img src>` names it: `afbeelding-1.png`. Only these
 * names, so that a name is never a path or an address, and stays the same on every computer.
 */
export const StoredImageName = z
  .string()
  .regex(/^afbeelding-[1-9][0-9]{0,8}\.(png|jpg)$/, {
    error: 'geen naam van een afbeelding bij de nota; zo’n naam is zoals afbeelding-1.png',
  })
  .describe('De naam van de afbeelding bij de nota, zoals afbeelding-1.png');
export type StoredImageName = z.infer<typeof StoredImageName>;

export const MemoImageRef = z.object({ id: MemoId, naam: StoredImageName }).strict();
export type MemoImageRef = z.infer<typeof MemoImageRef>;

export const MemoImageAdded = z
  .object({
    naam: StoredImageName.describe('Wat de src van de afbeelding in de sectie noemt'),
    breedte: z.int().positive().describe('Breedte in pixels'),
    hoogte: z.int().positive().describe('Hoogte in pixels'),
  })
  .strict();
export type MemoImageAdded = z.infer<typeof MemoImageAdded>;

export const MemoPreviewRequest = z
  .object({
    id: MemoId,
    nota: MemoConcept.optional().describe(
      'De inhoud zoals de schrijver haar nu ziet, nog niet opgeslagen; zonder: de opgeslagen versie',
    ),
  })
  .strict();
export type MemoPreviewRequest = z.infer<typeof MemoPreviewRequest>;

export const MissingPart = z
  .object({
    path: z.string().describe('Het veld of de sectie, zoals onderwerp of secties[2].inhoud'),
    message: z.string(),
  })
  .strict();
export type MissingPart = z.infer<typeof MissingPart>;

export const SettledItem = z
  .object({
    soort: ItemKind,
    id: z.int().positive(),
    nummer: z.string(),
    status: MotieStatus.describe('De status na het afdoen'),
    veranderd: z.boolean().describe('Onwaar als de motie of toezegging al afgedaan was'),
  })
  .strict();
export type SettledItem = z.infer<typeof SettledItem>;

export const MemoSettled = z
  .object({ items: z.array(SettledItem).describe('De gekoppelde moties en toezeggingen, moties eerst') })
  .strict();
export type MemoSettled = z.infer<typeof MemoSettled>;
