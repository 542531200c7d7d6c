import { z } from './zod-nl.js';
import {
  Informant,
  Informatienota,
  type Memo,
  MotieVerwijzing,
  Raadsmededeling,
  Sectie,
  ToezeggingVerwijzing,
} from './memo.js';

/**
 * A memo as the register stores it while it is written: the memo file's fields, each of which may still be missing,
 * and its sections (the manifest's required ones present from the start, possibly empty). It holds no moties or
 * toezeggingen: the memo links the register's items by id, and its document is filled from those links, so that
 * nothing is typed twice. Rendering and validating apply the strict `Memo` to what the register fills in.
 */
const references = { moties: true, toezeggingen: true } as const;

const draft = {
  secties: z.array(Sectie).describe('De secties in hun volgorde; een vaste sectie mag nog leeg zijn'),
  informanten: z.array(Informant).optional(),
};

export const InformatienotaConcept = Informatienota.omit(references)
  .partial()
  .extend({ type: Informatienota.shape.type, ...draft })
  .strict();

export const RaadsmededelingConcept = Raadsmededeling.omit(references)
  .partial()
  .extend({ type: Raadsmededeling.shape.type, ...draft })
  .strict();

export const MemoConcept = z.discriminatedUnion('type', [InformatienotaConcept, RaadsmededelingConcept]);
export type MemoConcept = z.infer<typeof MemoConcept>;

/** The moties and toezeggingen a memo answers, as the memo file names them: filled from the register's links. */
export const MemoReferences = z
  .object({ moties: z.array(MotieVerwijzing), toezeggingen: z.array(ToezeggingVerwijzing) })
  .strict();
export type MemoReferences = z.infer<typeof MemoReferences>;

/**
 * A stored memo with the register's references filled in: what an export writes to a file, and what `Memo` checks
 * before a render. Complete, it is a memo file that `raadsnota render` accepts.
 */
export const MemoDocument = z.discriminatedUnion('type', [
  InformatienotaConcept.extend({
    moties: z.array(MotieVerwijzing),
    toezeggingen: z.array(ToezeggingVerwijzing),
  }),
  RaadsmededelingConcept.extend({
    moties: z.array(MotieVerwijzing),
    toezeggingen: z.array(ToezeggingVerwijzing),
  }),
]);
export type MemoDocument = z.infer<typeof MemoDocument>;

/** A memo file's document without its references, as the register stores it. */
export function conceptOf(memo: Memo | MemoDocument): MemoConcept {
  return MemoConcept.parse(Object.fromEntries(Object.entries(memo).filter(([key]) => !(key in references))));
}
