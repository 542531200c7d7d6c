import { capitalised } from '../../core/errors.js';

/**
 * An operation's message, which names a problem as a clause ("er is geen kolom Titel"), as a sentence standing on
 * its own under a field: a capital at the start and a full stop at the end. A message that starts with a file's
 * name keeps it as it is written.
 */
export function sentence(message: string, keepStart = false): string {
  const trimmed = message.trim();
  const start = keepStart ? trimmed : capitalised(trimmed);
  return /[.!?…]$/.test(start) ? start : `${start}.`;
}
