import { useEffect, useRef, useState } from 'react';
import type { MemoConcept } from '../../../core/model/memo-concept.js';
import type { StoredMemo } from '../../../core/model/memo-register.js';
import { useClient } from '../../app/client-context.js';
import { markDirty, registerFlush } from '../../app/unsaved.js';
import { createSaver, type SaveState, type Saver } from './saver.js';

const CLOCK = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

/** "Opgeslagen om 14:03" and the rest, for the status bar. */
export function describeSave(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return state.at === undefined ? 'Alles is opgeslagen' : `Opgeslagen om ${CLOCK.format(state.at)}`;
    case 'pending':
      return 'Wijzigingen worden zo opgeslagen…';
    case 'saving':
      return 'Bezig met opslaan…';
    case 'failed':
      return `Niet opgeslagen: ${state.message}`;
    case 'conflict':
      // The alert above says what happened and what the writer can do; the bar keeps to the state.
      return 'Niet opgeslagen: de nota is intussen ergens anders gewijzigd';
  }
}

/**
 * The memo saved by itself (saver.ts) for as long as the screen is open: after a pause in typing, on flush (blur,
 * leaving the screen, a panel that needs the memo saved) and when the window goes, when the typing is also kept aside
 * on this computer. The frame knows while anything typed is not saved, and asks before it is left behind.
 */
export function useAutosave(
  id: number,
  revisie: number,
  read: () => MemoConcept,
  settle: () => void,
  onSaved: (memo: StoredMemo) => void,
): { state: SaveState; saver: Saver } {
  const client = useClient();
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: undefined });
  const deps = useRef({ read, settle, onSaved });
  deps.current = { read, settle, onSaved };
  const [saver] = useState(() =>
    createSaver(
      () => ({
        id,
        update: (at, nota) => client.invoke('memos.update', { id, revisie: at, nota }),
        latest: () => client.invoke('memos.get', { id }),
        read: deps.current.read,
        settle: deps.current.settle,
        onSaved: deps.current.onSaved,
        setState: (next) => {
          // The frame learns at once (not after the next render) whether typing is unsaved: leaving right after a
          // save must not ask.
          markDirty('nota', next.kind !== 'saved');
          // Every keystroke says "pending": in a long section whose editor holds its changes back, that must not
          // render the editor again each time.
          setState((before) => (before.kind === 'pending' && next.kind === 'pending' ? before : next));
        },
      }),
      revisie,
    ),
  );

  useEffect(() => {
    const going = (): void => {
      saver.keepAside();
      void saver.flush();
    };
    window.addEventListener('pagehide', going);
    registerFlush('nota', saver.flush);
    return () => {
      window.removeEventListener('pagehide', going);
      registerFlush('nota', undefined);
    };
  }, [saver]);

  // Leaving the screen saves what is pending, and keeps it aside until it is.
  useEffect(
    () => () => {
      saver.dispose();
    },
    [saver],
  );

  useEffect(
    () => () => {
      markDirty('nota', false);
    },
    [],
  );
  return { state, saver };
}
