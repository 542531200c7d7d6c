import type { ApiResult } from '../../../api/contract/api-error.js';
import type { MemoConcept } from '../../../core/model/memo-concept.js';
import type { StoredMemo } from '../../../core/model/memo-register.js';
import { sentence } from '../../components/sentence.js';
import { dropAside, writeAside } from './aside.js';

/**
 * A save starts this long after the last keystroke, and never later than MAX_WAIT_MS after the first unsaved one while
 * the writer keeps typing: so that a crash loses at most two seconds, as the issue asks, the save's own time included.
 */
export const PAUSE_MS = 800;
export const MAX_WAIT_MS = 1500;
/** After a failure the server may be back (restarted, the disk freed): tried again this often. */
const RETRY_MS = 5000;
/** The typing is kept aside on this computer this soon after a change (and at once when the window goes). */
const ASIDE_MS = 300;

export type SaveState =
  | { kind: 'saved'; at: Date | undefined }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

/** What the saver needs from the screen, read at the moment it saves. */
export interface SaverDeps {
  id: number;
  update: (revisie: number, nota: MemoConcept) => Promise<ApiResult<StoredMemo>>;
  latest: () => Promise<ApiResult<StoredMemo>>;
  read: () => MemoConcept;
  /** Hands out what the editors still hold back (a very long section), so that `read` has all that was typed. */
  settle: () => void;
  onSaved: (memo: StoredMemo) => void;
  setState: (state: SaveState) => void;
}

export interface Saver {
  /** The draft changed: saved after a pause. */
  changed: () => void;
  /** An editor holds a change back (a very long section): unsaved as well, and written out (settle) by the save. */
  held: () => void;
  /** Saves what is typed now; true when everything typed is in the register. */
  flush: () => Promise<boolean>;
  /** A panel changed the memo (a link, a status): its new revisie is what the next save names. */
  adopt: (memo: StoredMemo) => void;
  /** After a conflict, the writer chose to store their text over the other change, at the register's revisie now. */
  overwrite: () => Promise<boolean>;
  /** After a conflict, the writer chose to drop their text for the memo as stored. */
  forget: (memo: StoredMemo) => void;
  /** Keeps what is not saved aside on this computer, now. */
  keepAside: () => void;
  dispose: () => void;
}

/**
 * Saves the memo through `memos.update` with its revisie: one save at a time, a change during a save saved right after
 * it. A stale revisie is a conflict: nothing is saved over the other change until the writer says so, and the typing
 * stays on screen and aside. Every change counts (`version`); what the register holds is `saved`.
 */
export function createSaver(deps: () => SaverDeps, revisie: number): Saver {
  let current = revisie;
  let version = 0;
  let saved = 0;
  let conflict = false;
  let running: Promise<void> | undefined;
  let pause: ReturnType<typeof setTimeout> | undefined;
  let maxWait: ReturnType<typeof setTimeout> | undefined;
  let aside: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const clearTimers = (): void => {
    clearTimeout(pause);
    clearTimeout(maxWait);
    clearTimeout(retry);
    pause = maxWait = retry = undefined;
  };

  // Settling writes out what the editors hold and re-renders the editor: when the window goes, not on the timer, which
  // would do that every ASIDE_MS while the writer types in a very long section.
  const keepAside = (settle: boolean): void => {
    clearTimeout(aside);
    aside = undefined;
    if (settle) deps().settle();
    if (version === saved) return;
    const { id, read } = deps();
    writeAside(id, { revisie: current, bewaard: new Date().toISOString(), nota: read() });
  };

  const saveOnce = async (): Promise<void> => {
    clearTimers();
    if (conflict || version === saved) return;
    const sending = version;
    const { id, update, read, onSaved, setState } = deps();
    setState({ kind: 'saving' });
    const result = await update(current, read());
    if (!result.ok) {
      keepAside(false);
      if (result.error.code === 'conflict') {
        conflict = true;
        setState({ kind: 'conflict', message: sentence(result.error.message) });
        return;
      }
      setState({ kind: 'failed', message: sentence(result.error.message) });
      // A refused text waits for the writer's next change; a server away or busy is tried again.
      if (result.error.code !== 'invalid_input') retry = setTimeout(() => void save(), RETRY_MS);
      return;
    }
    current = Math.max(current, result.value.nota.revisie);
    saved = Math.max(saved, sending);
    onSaved(result.value);
    if (version === saved) {
      dropAside(id);
      setState({ kind: 'saved', at: new Date() });
    } else {
      setState({ kind: 'pending' });
      pause ??= setTimeout(() => void save(), PAUSE_MS);
    }
  };

  const schedule = (): void => {
    if (conflict) return;
    deps().setState({ kind: 'pending' });
    clearTimeout(pause);
    pause = setTimeout(() => void save(), PAUSE_MS);
    maxWait ??= setTimeout(() => void save(), MAX_WAIT_MS);
  };

  async function save(): Promise<void> {
    while (running) await running;
    deps().settle();
    if (version === saved || conflict) return;
    running = saveOnce().finally(() => {
      running = undefined;
    });
    await running;
  }

  const flush = async (): Promise<boolean> => {
    await save();
    return version === saved;
  };

  return {
    changed: () => {
      version += 1;
      aside ??= setTimeout(() => {
        keepAside(false);
      }, ASIDE_MS);
      schedule();
    },
    held: () => {
      version += 1;
      schedule();
    },
    flush,
    adopt: (memo) => {
      current = Math.max(current, memo.nota.revisie);
    },
    overwrite: async () => {
      const latest = await deps().latest();
      if (!latest.ok) {
        deps().setState({ kind: 'conflict', message: sentence(latest.error.message) });
        return false;
      }
      current = latest.value.nota.revisie;
      conflict = false;
      return flush();
    },
    forget: (memo) => {
      clearTimers();
      current = memo.nota.revisie;
      conflict = false;
      saved = version;
      dropAside(deps().id);
      deps().setState({ kind: 'saved', at: undefined });
    },
    keepAside: () => {
      keepAside(true);
    },
    dispose: () => {
      keepAside(true);
      void save();
      clearTimeout(aside);
    },
  };
}
