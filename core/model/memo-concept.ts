import { z } from './zod-nl.js';
import {
  Memo,
  memoShape,
  MemoType,
  MotieVerwijzing,
  Sectie,
  ToezeggingVerwijzing,
  type MemoTypeFields,
} from './memo.js';

/**
 * A memo as the register stores it while it is written: the memo file's fields, each of which may still be missing,
 * and its sections (the manifest's required ones present from the start, possibly empty). It holds no moties or
 * toezeggingen: the memo links the register's items by id, and its document is filled from those links, so that
 * nothing is typed twice. Rendering and validating apply the strict memoSchema to what the register fills in.
 */
const references = { moties: true, toezeggingen: true } as const;

const secties = z.array(Sectie).describe('De secties in hun volgorde; een vaste sectie mag nog leeg zijn');

/**
 * A concept of any type, as the contract carries it: the common fields checked, the type's own fields passed on to
 * conceptSchema, which knows them from the type's manifest.
 */
export const MemoConcept = Memo.omit(references)
  .partial()
  .extend({ type: MemoType, secties })
  .catchall(z.unknown());
export type MemoConcept = z.infer<typeof MemoConcept>;

/** The strict schema of a concept of one type: every field optional, no field the type does not have. */
export function conceptSchema(manifest: MemoTypeFields): z.ZodType<MemoConcept> {
  return z
    .object(memoShape(manifest))
    .omit(references)
    .partial()
    .extend({ type: z.literal(manifest.type), secties })
    .strict() as unknown as z.ZodType<MemoConcept>;
}

/** The moties and toezeggingen a memo answers, as the memo file names them: filled from the register's links. */
export const MemoReferences = z
  .object({ moties: z.array(MotieVerwijzing), toezeggingen: z.array(ToezeggingVerwijzing) })
  .strict();
export type MemoReferences = z.infer<typeof MemoReferences>;

/**
 * A stored memo with the register's references filled in: what an export writes to a file, and what memoSchema
 * checks before a render. Complete, it is a memo file that `raadsnota render` accepts.
 */
export const MemoDocument = MemoConcept.extend(MemoReferences.shape);
export type MemoDocument = z.infer<typeof MemoDocument>;

/** A memo file's document without its references, as the register stores it. */
export function conceptOf(memo: Memo | MemoDocument): MemoConcept {
  return MemoConcept.parse(Object.fromEntries(Object.entries(memo).filter(([key]) => !(key in references))));
}
