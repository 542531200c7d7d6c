import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../api/contract/api-error.js';
import type { Bestand } from '../../../api/contract/bestand.js';
import type { ExportPakket, ExportStatus } from '../../../api/contract/export-jobs.js';
import type { Manifest } from '../../../core/model/manifest.js';
import { useClient } from '../../app/client-context.js';
import { sentence } from '../../components/sentence.js';
import type { DraftSection } from '../editor/draft.js';
import { issuesOf, type Found } from '../editor/issues.js';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy'; status?: ExportStatus }
  | { kind: 'refused'; found: Found }
  | { kind: 'failed'; messages: readonly string[] }
  | { kind: 'done'; taak: string; pakket: ExportPakket; pdf: boolean };

/** How often the panel asks how the export gets on. */
const POLL_MS = 300;

/** Every problem of an error, each as a sentence. */
function messagesOf(error: ApiError): string[] {
  const issues = error.issues ?? [];
  return issues.length === 0
    ? [sentence(error.message)]
    : issues.map((issue) => sentence(issue.path === '' ? issue.message : `${issue.message} (${issue.path})`));
}

const MEMO = /^memos\[0\]\./;

/**
 * A refusal of the memo itself by export.packages (a bijlage's file that is not there): its problems at the memo's own
 * fields, as "Controleren" shows them. Undefined for any other error (a profile that refuses the memo, a full disk).
 */
function ofTheMemo(error: ApiError): ApiError | undefined {
  const issues = error.issues ?? [];
  if (error.code !== 'invalid_input' || issues.length === 0 || !issues.every((i) => MEMO.test(i.path))) {
    return undefined;
  }
  return { ...error, issues: issues.map((i) => ({ ...i, path: i.path.replace(MEMO, '') })) };
}

const wait = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * An export of the stored memo: what is typed saved first, then export.start; a memo that is not complete comes back
 * at once with its problems at their fields (as "Controleren"), else the job is followed until it is done. The ZIP
 * is fetched once (export.download removes the job) and kept here, so that it can be saved again.
 */
export function useExport(
  id: number,
  flush: () => Promise<boolean>,
  sections: () => readonly DraftSection[],
  manifest: Manifest,
) {
  const client = useClient();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const set = useCallback((next: ExportState) => {
    if (mounted.current) setState(next);
  }, []);

  const start = useCallback(
    async (profiel: string | undefined, pdf: boolean, map: string | undefined): Promise<void> => {
      set({ kind: 'busy' });
      if (!(await flush())) {
        set({ kind: 'failed', messages: ['Wat u typte is nog niet opgeslagen; probeer het opnieuw.'] });
        return;
      }
      const started = await client.invoke('export.start', {
        id,
        pdf,
        ...(profiel !== undefined && { profiel }),
        ...(map !== undefined && { map }),
      });
      if (!started.ok) {
        set(
          started.error.code === 'invalid_input' && started.error.issues !== undefined
            ? { kind: 'refused', found: issuesOf(started.error, sections(), manifest) }
            : { kind: 'failed', messages: messagesOf(started.error) },
        );
        return;
      }
      const { taak } = started.value;
      while (mounted.current) {
        const status = await client.invoke('export.status', { taak });
        if (!status.ok) {
          set({ kind: 'failed', messages: messagesOf(status.error) });
          return;
        }
        const { fout, pakket, afgerond } = status.value;
        if (afgerond) {
          const found = fout === undefined ? undefined : ofTheMemo(fout);
          set(
            pakket !== undefined
              ? { kind: 'done', taak, pakket, pdf }
              : found !== undefined
                ? { kind: 'refused', found: issuesOf(found, sections(), manifest) }
                : { kind: 'failed', messages: fout === undefined ? [] : messagesOf(fout) },
          );
          return;
        }
        set({ kind: 'busy', status: status.value });
        await wait(POLL_MS);
      }
    },
    [client, flush, id, manifest, sections, set],
  );

  /**
   * The package's ZIP: fetched on the first call, and that one fetch handed to every later call for the same job, also
   * while it is under way, for export.download gives it once: a double click must not ask twice and get "gone".
   * Undefined (and said so) when it cannot come.
   */
  const download = useRef<{ taak: string; bestand: Promise<Bestand | undefined> }>(undefined);
  const file = useCallback((): Promise<Bestand | undefined> => {
    if (state.kind !== 'done') return Promise.resolve(undefined);
    if (download.current?.taak === state.taak) return download.current.bestand;
    const bestand = client.invoke('export.download', { taak: state.taak }).then((fetched) => {
      if (fetched.ok) return fetched.value;
      set({ kind: 'failed', messages: messagesOf(fetched.error) });
      return undefined;
    });
    download.current = { taak: state.taak, bestand };
    return bestand;
  }, [client, set, state]);

  return { state, start, file };
}
