import { MemoConcept } from '../../../core/model/memo-concept.js';
import { z } from '../../../core/model/zod-nl.js';

/**
 * Typing the register has not taken yet, kept on this computer (the browser's localStorage, per memo) until it is
 * saved or the writer drops it: after a conflict, with the server gone, or a window closed before the last autosave.
 * Reopening the memo offers it back. Read back through the schema: storage is the user's, not ours.
 */
const Aside = z.object({ revisie: z.int(), bewaard: z.string(), nota: MemoConcept });
export type Aside = z.infer<typeof Aside>;

const keyOf = (id: number): string => `raadsnota.nota.${id}.niet-opgeslagen`;

export function readAside(id: number): Aside | undefined {
  try {
    const raw = window.localStorage.getItem(keyOf(id));
    if (raw === null) return undefined;
    const parsed = Aside.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the typing aside; false when the browser will not (storage full or switched off). */
export function writeAside(id: number, aside: Aside): boolean {
  try {
    window.localStorage.setItem(keyOf(id), JSON.stringify(aside));
    return true;
  } catch {
    return false;
  }
}

export function dropAside(id: number): void {
  try {
    window.localStorage.removeItem(keyOf(id));
  } catch {
    // Storage switched off: there was nothing kept to drop.
  }
}
