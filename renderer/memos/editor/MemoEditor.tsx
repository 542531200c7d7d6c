import { Alert, Button, Heading1, Link, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { Manifest } from '../../../core/model/manifest.js';
import type { StoredMemo } from '../../../core/model/memo-register.js';
import { useClient } from '../../app/client-context.js';
import { hrefOf } from '../../app/route.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { sentence } from '../../components/sentence.js';
import { ExportPanel } from '../export/ExportPanel.js';
import { LinkPicker } from '../links/LinkPicker.js';
import { PreviewPanel } from '../preview/PreviewPanel.js';
import { StatusPanel } from '../status/StatusPanel.js';
import { dropAside, readAside, type Aside } from './aside.js';
import { AsideAlert } from './AsideAlert.js';
import { ConflictAlert } from './ConflictAlert.js';
import { buildConcept, draftOf, newSectionKey, type Draft, type DraftSection } from './draft.js';
import { EditorBar } from './EditorBar.js';
import { formFields } from './fields.js';
import type { FormValue } from './form-values.js';
import { issuesOf, type Found } from './issues.js';
import { MetadataForm } from './MetadataForm.js';
import { FORM, missingOf } from './missing.js';
import { insertionIndex, moved } from './order.js';
import { Sections } from './Sections.js';
import { useAutosave } from './use-autosave.js';
import { useImages } from './use-images.js';
import { useSectionChecks } from './use-section-checks.js';
import { useChoices } from './use-choices.js';

type Check = { state: 'none' } | { state: 'busy' } | { state: 'ok' } | { state: 'refused'; found: Found };

/** The kept typing, when it differs from what the register holds: else it is dropped as already saved. */
function asideToOffer(stored: StoredMemo): Aside | undefined {
  const aside = readAside(stored.nota.id);
  if (aside === undefined) return undefined;
  if (JSON.stringify(aside.nota) === JSON.stringify(stored.document)) {
    dropAside(stored.nota.id);
    return undefined;
  }
  return aside;
}

/**
 * The editor of one memo: the metadata form from its type's fields, a rich-text editor per section, the missing count
 * and the save status always in view, the panels (what it answers, its status, the preview). Every change is saved by
 * itself (use-autosave.ts); a sent version is read-only until the writer starts the next one.
 */
export function MemoEditor({ initial, manifest }: { initial: StoredMemo; manifest: Manifest }) {
  const client = useClient();
  const id = initial.nota.id;
  const [stored, setStored] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial.document, manifest));
  // A new generation remounts the editors, which read their text at mount: after text is put back or reloaded.
  const [generation, setGeneration] = useState(0);
  const [aside, setAside] = useState(() => asideToOffer(initial));
  const [continuing, setContinuing] = useState(false);
  const [check, setCheck] = useState<Check>({ state: 'none' });
  const [notice, setNotice] = useState<string>();

  const sent = stored.nota.status === 'verzonden';
  const readOnly = sent && !continuing;
  // Saving a sent memo starts its next version (services/memos/store.ts): the document carries that number.
  const versienummer = sent ? stored.nota.versie + 1 : stored.nota.versie;

  // The draft as last changed, ahead of React's state: a save reads it right after the editors hand out what they
  // held back (settle), in the same task.
  const current = useRef(draft);
  const replace = useCallback((next: Draft) => {
    current.current = next;
    setDraft(next);
  }, []);
  const now = useRef({ stored, versienummer });
  now.current = { stored, versienummer };
  const read = useCallback(
    () =>
      buildConcept(current.current, manifest, now.current.stored.document, now.current.versienummer).concept,
    [manifest],
  );
  // The editors of very long sections hold their changes back while the writer types (change-writer.ts).
  const held = useRef(new Set<() => void>());
  const settle = useCallback(() => {
    const writes = [...held.current];
    held.current.clear();
    for (const write of writes) write();
  }, []);
  const { state, saver } = useAutosave(id, initial.nota.revisie, read, settle, setStored);

  const edit = useCallback(
    (change: (draft: Draft) => Draft) => {
      replace(change(current.current));
      saver.changed();
    },
    [replace, saver],
  );
  // A held change is unsaved typing: the status says so at once, and the save writes it out first.
  const onHeld = useCallback(
    (write: () => void) => {
      held.current.add(write);
      saver.held();
    },
    [saver],
  );
  const clearFound = useCallback((key: string) => {
    setCheck((before) =>
      before.state === 'refused' && before.found.at.has(key) ? { state: 'none' } : before,
    );
  }, []);

  const onValue = useCallback(
    (naam: string, value: FormValue) => {
      edit((d) => ({ ...d, values: { ...d.values, [naam]: value } }));
      clearFound(naam);
    },
    [edit, clearFound],
  );
  const onText = useCallback(
    (key: string, html: string) => {
      edit((d) => ({ ...d, sections: d.sections.map((s) => (s.key === key ? { ...s, inhoud: html } : s)) }));
      clearFound(key);
    },
    [edit, clearFound],
  );
  const onTitle = useCallback(
    (key: string, titel: string) => {
      edit((d) => ({ ...d, sections: d.sections.map((s) => (s.key === key ? { ...s, titel } : s)) }));
    },
    [edit],
  );
  const onMove = useCallback(
    (key: string, step: -1 | 1) => {
      edit((d) => ({ ...d, sections: moved(d.sections, key, step) }));
    },
    [edit],
  );
  const onRemove = useCallback(
    (key: string) => {
      edit((d) => ({ ...d, sections: d.sections.filter((s) => s.key !== key) }));
    },
    [edit],
  );
  const onAdd = useCallback(
    (section: Omit<DraftSection, 'key'>) => {
      const added = { ...section, key: newSectionKey() };
      edit((d) => {
        const at = insertionIndex(d.sections, manifest, added);
        return { ...d, sections: d.sections.slice(0, at).concat(added, d.sections.slice(at)) };
      });
    },
    [edit, manifest],
  );
  const onBlur = useCallback(() => void saver.flush(), [saver]);
  const sectionsNow = useCallback(() => current.current.sections, []);
  const onRest = useCallback(
    (naam: string, value: unknown) => {
      edit((d) => ({
        ...d,
        rest: Object.fromEntries(
          Object.entries(d.rest)
            .filter(([key]) => key !== naam)
            .concat(value === undefined ? [] : [[naam, value]]),
        ),
      }));
    },
    [edit],
  );
  const onChanged = useCallback(
    (memo: StoredMemo) => {
      saver.adopt(memo);
      setStored(memo);
    },
    [saver],
  );

  const proposeKenmerk = useCallback(() => {
    const datum = current.current.values.datum;
    void client
      .invoke(
        'memos.kenmerk',
        typeof datum === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(datum) ? { datum } : {},
      )
      .then((result) => {
        if (result.ok) onValue('kenmerk', result.value.kenmerk);
        setNotice(result.ok ? result.value.opmerking : sentence(result.error.message));
      });
  }, [client, onValue]);

  const runCheck = async (): Promise<void> => {
    setCheck({ state: 'busy' });
    if (!(await saver.flush())) {
      setCheck({ state: 'none' });
      return;
    }
    const result = await client.invoke('memos.validate', { id });
    setCheck(
      result.ok
        ? { state: 'ok' }
        : { state: 'refused', found: issuesOf(result.error, current.current.sections, manifest) },
    );
  };

  const reopen = async (): Promise<void> => {
    const latest = await client.invoke('memos.get', { id });
    if (!latest.ok) {
      setNotice(sentence(latest.error.message));
      return;
    }
    // What the editors still hold goes out before they go, so that it cannot come back over the memo as stored.
    settle();
    saver.forget(latest.value);
    setStored(latest.value);
    replace(draftOf(latest.value.document, manifest));
    setGeneration((g) => g + 1);
  };

  const deferred = useDeferredValue(draft);
  const built = useMemo(
    () => buildConcept(deferred, manifest, stored.document, versienummer),
    [deferred, manifest, stored.document, versienummer],
  );
  const missing = useMemo(
    () => missingOf(built, deferred.sections, manifest),
    [built, deferred.sections, manifest],
  );
  const fields = useMemo(() => formFields(manifest), [manifest]);
  const images = useImages(id);
  const checks = useSectionChecks(deferred.sections, built.concept, manifest, stored);
  const found = check.state === 'refused' ? check.found : undefined;
  const fieldErrors = useMemo(() => {
    const errors = new Map(found?.at ?? []);
    for (const [key, problem] of built.problems) errors.set(key, `Nog niet opgeslagen: ${problem}.`);
    return errors;
  }, [found, built.problems]);

  const choices = useChoices(fields, draft.values, fieldErrors, readOnly, onValue);

  const onderwerp = typeof draft.values.onderwerp === 'string' ? draft.values.onderwerp.trim() : '';
  return (
    <div className="rn-editor">
      <Paragraph>
        <Link href={hrefOf({ screen: 'memos' })}>Terug naar de nota&apos;s</Link>
        {' · '}
        <Link href={hrefOf({ screen: 'versions', id })}>Versies</Link>
      </Paragraph>
      <Heading1>{onderwerp === '' ? `Nieuwe ${manifest.type}` : `${manifest.type}: ${onderwerp}`}</Heading1>
      <EditorBar
        state={state}
        missing={missing}
        checking={check.state === 'busy'}
        onCheck={readOnly ? undefined : () => void runCheck()}
      />
      {state.kind === 'conflict' && (
        <ConflictAlert
          message={state.message}
          onOverwrite={() => void saver.overwrite()}
          onDiscard={() => void reopen()}
        />
      )}
      {aside && !readOnly && (
        <AsideAlert
          bewaard={aside.bewaard}
          onRestore={() => {
            setAside(undefined);
            settle();
            replace(draftOf(aside.nota, manifest));
            setGeneration((g) => g + 1);
            saver.changed();
          }}
          onDrop={() => {
            setAside(undefined);
            dropAside(id);
          }}
        />
      )}
      {notice !== undefined && (
        <Alert type="info">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {readOnly && (
        <Alert type="info">
          <Paragraph>
            {`Versie ${stored.nota.versie} is verzonden en staat vast: zo blijft zij bewaard. Schrijft u verder, dan begint u versie ${stored.nota.versie + 1} als concept.`}
          </Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setContinuing(true);
            }}
          >
            {`Verder schrijven in versie ${stored.nota.versie + 1}`}
          </Button>
        </Alert>
      )}
      {found && <ErrorSummary form={FORM} errors={found.summary} labels={found.labels} />}
      {check.state === 'ok' && (
        <Alert type="ok" role="status">
          <Paragraph>De nota is compleet: het register kan er een document van maken.</Paragraph>
        </Alert>
      )}
      <div className="rn-editor__columns">
        <div className="rn-editor__main" key={generation}>
          <MetadataForm
            fields={fields}
            values={draft.values}
            errors={fieldErrors}
            readOnly={readOnly}
            onChange={onValue}
            onBlur={onBlur}
            onProposeKenmerk={proposeKenmerk}
          />
          <Sections
            manifest={manifest}
            sections={draft.sections}
            readOnly={readOnly}
            errors={fieldErrors}
            onAdd={onAdd}
            onText={onText}
            onHeld={onHeld}
            onTitle={onTitle}
            onMove={onMove}
            onRemove={onRemove}
            onBlur={onBlur}
            choices={choices}
            verdicts={checks.verdicts}
            findings={checks.findings}
            images={images}
          />
        </div>
        <div className="rn-editor__side">
          <StatusPanel memo={stored} flush={saver.flush} onChanged={onChanged} />
          <LinkPicker
            memo={stored}
            readOnly={readOnly}
            onChanged={onChanged}
            voorgesteldBesluit={
              typeof draft.rest.voorgesteldBesluit === 'string' ? draft.rest.voorgesteldBesluit : undefined
            }
            onVoorgesteldBesluit={(text) => {
              onRest('voorgesteldBesluit', text);
            }}
          />
          <ExportPanel
            id={id}
            flush={saver.flush}
            sections={sectionsNow}
            manifest={manifest}
            bijlageBestanden={(built.concept.bijlagen ?? []).filter((b) => b.bestand !== undefined).length}
          />
        </div>
      </div>
      <PreviewPanel id={id} nota={built.concept} flush={saver.flush} />
    </div>
  );
}
