import { Button, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useId, useState, type ChangeEvent, type JSX } from 'react';
import { useModal } from './use-modal.js';

export type ImageChoice = { kind: 'new'; naam: string; alt: string } | { kind: 'alt'; alt: string };

interface ImageDialogProps {
  /** the alt text of the selected picture, to change it; undefined to place a new one */
  alt: string | undefined;
  upload: (file: File) => Promise<{ naam: string } | { error: string }>;
  onDone: (choice: ImageChoice) => void;
  onCancel: () => void;
}

/**
 * A picture chosen from the computer, kept with the memo by `upload`, and placed only with its alt text: the engine
 * refuses a picture that does not say what it shows. For a placed picture, its alt text alone.
 */
export function ImageDialog({ alt: current, upload, onDone, onCancel }: ImageDialogProps): JSX.Element {
  const ref = useModal(onCancel);
  const id = useId();
  const editing = current !== undefined;
  const [file, setFile] = useState<File>();
  const [alt, setAlt] = useState(current ?? '');
  const [errors, setErrors] = useState<{ file?: string; alt?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    const clean = alt.replace(/\s+/g, ' ').trim();
    const found: { file?: string; alt?: string } = {};
    if (!editing && file === undefined) found.file = 'Kies een afbeelding (PNG of JPEG)';
    if (clean === '') found.alt = 'Beschrijf wat de afbeelding laat zien, voor wie haar niet kan zien';
    setErrors(found);
    if (found.file !== undefined || found.alt !== undefined) return;
    if (editing || file === undefined) {
      onDone({ kind: 'alt', alt: clean });
      return;
    }
    setBusy(true);
    const result = await upload(file);
    setBusy(false);
    if ('error' in result) setErrors({ file: result.error });
    else onDone({ kind: 'new', naam: result.naam, alt: clean });
  };

  return (
    <dialog ref={ref} className="rn-dialog" aria-labelledby={`${id}-titel`}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${id}-titel`} className="rn-dialog-title">
          {editing ? 'Alt-tekst van de afbeelding' : 'Afbeelding invoegen'}
        </h2>
        {!editing && (
          <div className="rn-dialog-field">
            <FormLabel htmlFor={`${id}-bestand`}>Afbeelding (PNG of JPEG)</FormLabel>
            {errors.file && (
              <FormFieldErrorMessage id={`${id}-bestand-fout`}>{errors.file}</FormFieldErrorMessage>
            )}
            <input
              id={`${id}-bestand`}
              type="file"
              accept="image/png,image/jpeg"
              aria-invalid={errors.file ? true : undefined}
              aria-describedby={errors.file ? `${id}-bestand-fout` : undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0]);
              }}
            />
          </div>
        )}
        <div className="rn-dialog-field">
          <FormLabel htmlFor={`${id}-alt`}>Wat laat de afbeelding zien? (alt-tekst)</FormLabel>
          {errors.alt && <FormFieldErrorMessage id={`${id}-alt-fout`}>{errors.alt}</FormFieldErrorMessage>}
          <Textbox
            id={`${id}-alt`}
            lang="nl"
            spellCheck
            value={alt}
            invalid={errors.alt !== undefined}
            aria-describedby={errors.alt ? `${id}-alt-fout` : undefined}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              setAlt(event.target.value);
            }}
          />
        </div>
        <div className="rn-dialog-actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {editing ? 'Opslaan' : 'Invoegen'}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            Annuleren
          </Button>
        </div>
      </form>
    </dialog>
  );
}
