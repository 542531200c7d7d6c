import { z } from '../../core/model/zod-nl.js';
import { Text } from '../../core/model/text.js';

/** A moment as ISO 8601 with a zone (`2026-03-14T09:30:00Z`); the register stores times as the caller gave them. */
export const Moment = z.iso.datetime({
  offset: true,
  error: 'geen geldig tijdstip; schrijf bijvoorbeeld 2026-03-14T09:30:00Z',
});

/**
 * Who changes the register and when. The time is passed in, never read from the clock here, so that the history
 * says what the door that made the change says, and a test gives the same rows every run.
 */
export const Change = z
  .object({
    door: Text.describe('Wie de wijziging doet'),
    op: Moment,
    toelichting: Text.optional().describe('Waarom, voor de historie'),
  })
  .strict();
export type Change = z.infer<typeof Change>;
