import {
  Alert,
  Button,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { memoLabels } from '../../../core/model/field-labels.js';
import type { MemoConcept } from '../../../core/model/memo-concept.js';
import { useClient } from '../../app/client-context.js';
import { downloadBestand } from '../../components/download.js';
import { sentence } from '../../components/sentence.js';
import { useMemoTypes } from '../use-memo-types.js';
import { usePreview } from './use-preview.js';
import '../../styles/register.css';
import './preview.css';

const TIME = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'medium' });

/**
 * A problem in the writer's words: the field by its label ("Afdeling: ontbreekt"), the type's own fields by their
 * labels in its manifest; a section's problem names the section itself.
 */
function described(
  part: { path: string; message: string },
  labels: Readonly<Record<string, string>>,
): string {
  if (part.path.startsWith('secties[')) return sentence(part.message);
  const label = labels[part.path.replace(/\[\d+\]/g, '[]')] ?? labels[part.path.split(/[.[]/)[0] ?? ''];
  return sentence(label === undefined ? `${part.path}: ${part.message}` : `${label}: ${part.message}`, true);
}

/**
 * The memo as the engine makes it, rendered in the app (docx-preview): refreshed after a pause in the typing, with
 * what is still missing listed beside it (and marked in the document). "Opslaan als DOCX" saves what is typed, then
 * has the engine render the stored memo and hands the file over (Electron's save dialog, or a download).
 */
export function PreviewPanel({
  id,
  nota,
  flush,
}: {
  id: number;
  nota: MemoConcept;
  flush: () => Promise<boolean>;
}) {
  const client = useClient();
  const host = useRef<HTMLDivElement>(null);
  const preview = usePreview(id, nota, host);
  const types = useMemoTypes();
  const manifest = types.state === 'found' ? types.list.types.find((t) => t.type === nota.type) : undefined;
  const labels = useMemo(() => memoLabels(nota, manifest?.velden ?? []).fields, [nota, manifest]);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<readonly string[]>([]);

  const save = async (): Promise<void> => {
    setSaving(true);
    setRefusal([]);
    if (!(await flush())) {
      setSaving(false);
      setRefusal(['Wat u typte is nog niet opgeslagen; probeer het opnieuw.']);
      return;
    }
    const rendered = await client.invoke('memos.render', { id });
    setSaving(false);
    if (rendered.ok) downloadBestand(rendered.value);
    else {
      setRefusal(
        (rendered.error.issues ?? [{ path: '', message: rendered.error.message }]).map((issue) =>
          issue.path === '' ? sentence(issue.message) : described(issue, labels),
        ),
      );
    }
  };

  const status = preview.problem
    ? sentence(preview.problem)
    : preview.busy || preview.at === undefined
      ? 'Bezig…'
      : `Voorbeeld bijgewerkt om ${TIME.format(preview.at)}`;
  return (
    <section className="rn-section rn-preview" aria-labelledby="voorbeeld-kop">
      <Heading2 id="voorbeeld-kop">Voorbeeld</Heading2>
      <div className="rn-actions">
        <Button
          appearance="primary-action-button"
          busy={saving}
          disabled={saving}
          onClick={() => void save()}
        >
          Opslaan als DOCX
        </Button>
      </div>
      {refusal.length > 0 && (
        <Alert type="error" role="alert">
          <Paragraph>Het document kan nog niet worden gemaakt:</Paragraph>
          <UnorderedList>
            {refusal.map((message) => (
              <UnorderedListItem key={message}>{message}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      <p className="rn-preview__status" role="status">
        {status}
      </p>
      {preview.ontbreekt.length > 0 && (
        <div className="rn-preview__missing">
          <Heading3 id="ontbreekt-kop">{`Nog niet compleet (${preview.ontbreekt.length})`}</Heading3>
          <UnorderedList aria-labelledby="ontbreekt-kop">
            {preview.ontbreekt.map((part) => (
              <UnorderedListItem key={`${part.path}:${part.message}`}>
                {described(part, labels)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
      <div
        ref={host}
        className="rn-preview__document"
        role="document"
        aria-label="Voorbeeld van de nota"
        aria-busy={preview.busy}
        tabIndex={0}
      />
    </section>
  );
}
