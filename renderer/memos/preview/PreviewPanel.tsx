import {
  Alert,
  Button,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { memoLabels } from '../../../core/model/field-labels.js';
import type { MemoConcept } from '../../../core/model/memo-concept.js';
import { useClient } from '../../app/client-context.js';
import { downloadBestand } from '../../components/download.js';
import { sentence } from '../../components/sentence.js';
import { usePreview } from './use-preview.js';
import '../../styles/register.css';
import './preview.css';

const TIME = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'medium' });

/** A problem's path in the writer's words: "Onderwerp", "Secties 3 · Inhoud", as far as the labels know it. */
function placeOf(path: string, nota: MemoConcept): string {
  const labels = memoLabels(nota).fields;
  const pattern = path.replace(/\[\d+\]/g, '[]');
  const label = labels[pattern] ?? labels[path.split(/[.[]/)[0] ?? ''] ?? path;
  const section = /^secties\[(\d+)\]/.exec(path);
  return section ? `Sectie ${Number(section[1]) + 1}: ${label.toLowerCase()}` : label;
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
          sentence(
            issue.path === '' ? issue.message : `${placeOf(issue.path, nota)}: ${issue.message}`,
            true,
          ),
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
                {sentence(`${placeOf(part.path, nota)}: ${part.message}`, true)}
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
