import { useRef, type JSX } from 'react';
import type { B1Findings } from '../b1/highlights.js';

// Placeholder until e1-editor is merged: the interface of the common brief, and plain paragraphs so that the screens
// around it can be used and tested (the integrator takes E1's file).
export interface RichTextEditorProps {
  id: string;
  label: string;
  value: string;
  onChange: (html: string) => void;
  onBlur?: () => void;
  findings?: B1Findings;
  lijstnummering?: '1' | 'a' | 'A' | 'i' | 'I';
  images?: {
    upload: (file: File) => Promise<{ naam: string } | { error: string }>;
    address: (naam: string) => string | undefined;
  };
  readOnly?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraphs(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
}

export function RichTextEditor(props: RichTextEditorProps): JSX.Element {
  const initial = useRef(props.value);
  return (
    <div
      id={props.id}
      role="textbox"
      aria-multiline="true"
      aria-label={props.label}
      aria-invalid={props.invalid}
      aria-describedby={props.describedBy}
      aria-readonly={props.readOnly}
      contentEditable={!props.readOnly}
      suppressContentEditableWarning
      className="rn-richtext"
      tabIndex={0}
      onInput={(event) => {
        props.onChange(paragraphs(event.currentTarget.innerText));
      }}
      onBlur={props.onBlur}
      dangerouslySetInnerHTML={{ __html: initial.current }}
    />
  );
}
