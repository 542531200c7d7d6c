import { z } from './zod-nl.js';
import { Manifest } from './manifest.js';
import { MemoType } from './memo.js';

/** A memo type that did not load: its manifest file and what is wrong, so that a functioneel beheerder can mend it. */
export const RefusedMemoType = z
  .object({
    type: MemoType,
    bestand: z.string().describe('Het manifest van het type'),
    problemen: z.array(z.object({ path: z.string(), message: z.string() }).strict()).min(1),
  })
  .strict();

/** The memo types of the installation: each with its manifest (fields, sections), and those refused at load. */
export const MemoTypeList = z
  .object({
    types: z.array(Manifest).describe('De typen die gebruikt kunnen worden, op naam'),
    geweigerd: z.array(RefusedMemoType).describe('Typen die niet laden, met het bestand en het probleem'),
  })
  .strict();
export type MemoTypeList = z.infer<typeof MemoTypeList>;
