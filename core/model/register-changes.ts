import { z } from './zod-nl.js';
import { HistoryEntry } from './history.js';
import { MemoRecord } from './memo-register.js';
import { Afdoening, ItemKind, Motie, MotieStatus, RegisterItem, Toezegging } from './register.js';
import { IsoDate, Text } from './text.js';

/** Which item: the kind says which table, the id which row. */
export const ItemRef = z
  .object({ soort: ItemKind, id: z.int().positive().describe('Het id dat het register het item gaf') })
  .strict();
export type ItemRef = z.infer<typeof ItemRef>;

/** A motie or toezegging as a person or an import gives it: no id, and the nummerreeks may come from the setting. */
export const ItemInput = z.discriminatedUnion('soort', [
  Motie.omit({ id: true }).partial({ nummerreeks: true }),
  Toezegging.omit({ id: true }).partial({ nummerreeks: true }),
]);
export type ItemInput = z.input<typeof ItemInput>;

export const StatusRequest = z
  .object({
    status: MotieStatus,
    afdoening: Afdoening.optional().describe('Nodig voor afgedaan'),
    termijn: IsoDate.optional().describe('Nodig voor deels afgedaan: de nieuwe termijn'),
  })
  .strict();
export type StatusRequest = z.input<typeof StatusRequest>;

const toelichting = Text.optional().describe('Waarom, voor de historie');

export const SetStatus = z.object({ ...ItemRef.shape, ...StatusRequest.shape, toelichting }).strict();
export type SetStatus = z.infer<typeof SetStatus>;

export const SetTermijn = z
  .object({
    ...ItemRef.shape,
    termijn: IsoDate.optional().describe('De nieuwe termijn; zonder: het item heeft geen termijn meer'),
    toelichting,
  })
  .strict();
export type SetTermijn = z.infer<typeof SetTermijn>;

export const Reopen = z
  .object({ ...ItemRef.shape, toelichting: Text.describe('Waarom het wordt heropend') })
  .strict();
export type Reopen = z.infer<typeof Reopen>;

/**
 * An item's own fields as a form edits them: everything but the status, termijn and afdoening, which change only
 * through their own operations (and so always reach the history). The whole form is sent: an optional field left out
 * is cleared, as a form that empties it means.
 */
const EDITED_ELSEWHERE = { status: true, termijn: true, afdoening: true } as const;

export const ItemUpdate = z.discriminatedUnion('soort', [
  Motie.omit(EDITED_ELSEWHERE).extend({ toelichting }),
  Toezegging.omit(EDITED_ELSEWHERE).extend({ toelichting }),
]);
export type ItemUpdate = z.infer<typeof ItemUpdate>;

/** A memo that answers an item (linked with `memos.link`), as the item's page lists it. */
export const ItemMemo = MemoRecord.pick({ id: true, onderwerp: true, type: true, status: true, versie: true })
  .partial({ versie: true })
  .strict();
export type ItemMemo = z.infer<typeof ItemMemo>;

/** An item with every change of its status and termijn, oldest first, and the memos that answer it, newest first. */
export const ItemWithHistory = z
  .object({ item: RegisterItem, historie: z.array(HistoryEntry), memos: z.array(ItemMemo) })
  .strict();
export type ItemWithHistory = z.infer<typeof ItemWithHistory>;
