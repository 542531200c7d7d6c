import { useEffect, useRef, useState, type RefObject } from 'react';
import type { MemoConcept } from '../../../core/model/memo-concept.js';
import { useClient } from '../../app/client-context.js';
import { bytesOf, renderDocx } from './docx-view.js';
import { latestWins } from './latest.js';

/** How long the typing pauses before the preview is made: long enough to skip most key presses, short enough to feel live. */
const PAUSE_MS = 250;

export interface PreviewState {
  /** A newer preview is asked for than the one shown. */
  busy: boolean;
  /** When the preview shown was made. */
  at: Date | undefined;
  ontbreekt: readonly { path: string; message: string }[];
  problem: string | undefined;
}

/**
 * The preview of the memo as the writer sees it (memos.preview with the concept as typed), made after a pause in the
 * typing and rendered into the host's shadow root. The request and the render run beside the typing, never on its
 * path; each is numbered, and one that a newer one has overtaken is dropped, so that a late answer never replaces a
 * newer preview.
 */
export function usePreview(
  id: number,
  nota: MemoConcept,
  host: RefObject<HTMLDivElement | null>,
): PreviewState {
  const client = useClient();
  const order = useRef(latestWins());
  const first = useRef(true);
  const [state, setState] = useState<PreviewState>({
    busy: true,
    at: undefined,
    ontbreekt: [],
    problem: undefined,
  });

  useEffect(() => {
    const run = async (): Promise<void> => {
      const latest = order.current;
      const mine = latest.ask();
      setState((before) => ({ ...before, busy: true }));
      const answer = await client.invoke('memos.preview', { id, nota });
      const element = host.current;
      if (!latest.mayShow(mine) || element === null) return;
      if (!answer.ok) {
        setState((before) => ({ ...before, busy: latest.newerThan(mine), problem: answer.error.message }));
        return;
      }
      const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
      const rendered = await renderDocx(bytesOf(answer.value.bestand.base64), shadow, () =>
        latest.mayShow(mine),
      ).catch(() => {
        setState((before) => ({ ...before, busy: false, problem: 'het voorbeeld kon niet worden getoond' }));
        return false;
      });
      if (!rendered) return;
      latest.show(mine);
      setState({
        busy: latest.newerThan(mine),
        at: new Date(),
        ontbreekt: answer.value.ontbreekt,
        problem: undefined,
      });
    };
    const pause = first.current ? 0 : PAUSE_MS;
    first.current = false;
    const timer = setTimeout(() => void run(), pause);
    return () => {
      clearTimeout(timer);
    };
  }, [client, id, nota, host]);
  return state;
}
