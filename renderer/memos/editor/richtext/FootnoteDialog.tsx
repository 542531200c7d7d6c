import { Button, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import { useId, useState, type ChangeEvent, type JSX } from 'react';
import { useModal } from './use-modal.js';

/**
 * The text of a new footnote, typed before it is placed: an empty footnote is refused by the engine, so it is
 * refused here, at the field. Its text is then in the running text, editable in place.
 */
export function FootnoteDialog({ onClose }: { onClose: (text: string | undefined) => void }): JSX.Element {
  const ref = useModal(() => {
    onClose(undefined);
  });
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const place = (): void => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean === '') {
      setError('Typ de tekst van de voetnoot');
      return;
    }
    onClose(clean);
  };
  return (
    <dialog ref={ref} className="rn-dialog" aria-labelledby={`${id}-titel`}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          place();
        }}
      >
        <h2 id={`${id}-titel`} className="rn-dialog-title">
          Voetnoot invoegen
        </h2>
        <FormLabel htmlFor={`${id}-tekst`}>Tekst van de voetnoot</FormLabel>
        {error && <FormFieldErrorMessage id={`${id}-fout`}>{error}</FormFieldErrorMessage>}
        <Textarea
          id={`${id}-tekst`}
          lang="nl"
          spellCheck
          value={text}
          invalid={error !== undefined}
          aria-describedby={error ? `${id}-fout` : undefined}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
            setText(event.target.value);
          }}
        />
        <div className="rn-dialog-actions">
          <Button type="submit" appearance="primary-action-button">
            Invoegen
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              onClose(undefined);
            }}
          >
            Annuleren
          </Button>
        </div>
      </form>
    </dialog>
  );
}
