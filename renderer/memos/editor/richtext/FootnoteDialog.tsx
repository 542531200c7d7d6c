import { Button, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useState, type JSX } from 'react';
import { footnoteTextExtensions } from './footnote-text.js';
import { useModal } from './use-modal.js';

interface FootnoteDialogProps {
  /** The text of the footnote being changed (its inline content), or undefined for a new one. */
  content: JSONContent[] | undefined;
  /** The footnote's new content, or undefined when the writer cancels. */
  onClose: (content: JSONContent[] | undefined) => void;
}

/**
 * The text of a footnote, typed (or changed) in a small editor of its own that keeps its marks (Ctrl+B, Ctrl+I):
 * an empty footnote is refused by the engine, so it is refused here, at the field.
 */
export function FootnoteDialog({ content, onClose }: FootnoteDialogProps): JSX.Element {
  const ref = useModal(() => {
    onClose(undefined);
  });
  const id = useId();
  const [error, setError] = useState<string>();
  const editing = content !== undefined;
  const text = useEditor({
    extensions: footnoteTextExtensions(),
    content: { type: 'doc', content: [{ type: 'paragraph', ...(content && { content }) }] },
    immediatelyRender: true,
    injectCSS: false,
    autofocus: 'end',
  });
  useEffect(() => {
    const attributes: Record<string, string> = {
      id: `${id}-tekst`,
      role: 'textbox',
      'aria-labelledby': `${id}-label`,
      lang: 'nl',
      spellcheck: 'true',
      class: 'rn-footnote-text',
    };
    if (error) {
      attributes['aria-invalid'] = 'true';
      attributes['aria-describedby'] = `${id}-fout`;
    }
    text.view.setProps({ attributes });
  }, [text, id, error]);

  const place = (): void => {
    if (text.state.doc.textContent.trim() === '') {
      setError('Typ de tekst van de voetnoot');
      return;
    }
    onClose((text.state.doc.firstChild?.content.toJSON() ?? []) as JSONContent[]);
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
          {editing ? 'Voetnoot wijzigen' : 'Voetnoot invoegen'}
        </h2>
        <FormLabel id={`${id}-label`}>Tekst van de voetnoot</FormLabel>
        {error && <FormFieldErrorMessage id={`${id}-fout`}>{error}</FormFieldErrorMessage>}
        <EditorContent editor={text} />
        <div className="rn-dialog-actions">
          <Button type="submit" appearance="primary-action-button">
            {editing ? 'Opslaan' : 'Invoegen'}
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
