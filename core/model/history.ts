import { z } from './zod-nl.js';

/** The fields whose every change the register keeps, so that an earlier termijn stays visible after a new one. */
export const HistoryField = z.enum(['status', 'termijn']);
export type HistoryField = z.infer<typeof HistoryField>;

/** One change of an item's status or termijn: what it was, what it became, why, who made it and when. */
export const HistoryEntry = z
  .object({
    veld: HistoryField,
    oud: z.string().optional(),
    nieuw: z.string().optional(),
    toelichting: z.string().optional(),
    door: z.string().describe('Wie de wijziging deed'),
    op: z.string().describe('Wanneer, als ISO 8601 met tijdzone'),
  })
  .strict();
export type HistoryEntry = z.infer<typeof HistoryEntry>;
