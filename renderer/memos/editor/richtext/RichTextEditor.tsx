import { EditorContent, useEditor } from '@tiptap/react';
import { DOMParser as PmParser } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { useEffect, useLayoutEffect, useRef, useState, type JSX } from 'react';
import { B1Highlights, type B1Findings } from '../b1/highlights.js';
import { cleanPastedHtml } from '../paste/clean.js';
import { ChangeWriter } from './change-writer.js';
import { richTextExtensions } from './extensions.js';
import { parseRichText, plainTextHtml, serializeRichText } from './html.js';
import { ImageAddresses } from './image-view.js';
import type { ListType } from './nodes.js';
import { Toolbar } from './Toolbar.js';
import '../../../styles/editor.css';

export interface RichTextEditorProps {
  /** id of the editable element (labels, error summary links) */
  id: string;
  /** accessible name: the section's title */
  label: string;
  /** the stored HTML; read at mount */
  value: string;
  /** after each change the writer makes, never on load */
  onChange: (html: string) => void;
  /** a change held back in a very long section, with `write` to hand it out through onChange at once */
  onHeld?: (write: () => void) => void;
  onBlur?: () => void;
  /** from E2: { html: string; findings: readonly Finding[] } (ranges in that html) */
  findings?: B1Findings;
  lijstnummering?: ListType;
  images?: {
    upload: (file: File) => Promise<{ naam: string } | { error: string }>;
    /** a blob: URL once fetched */
    address: (naam: string) => string | undefined;
  };
  readOnly?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

/** Plain text pasted as the writer laid it out: a blank line starts a paragraph, a line break stays one. */
function pastePlainText(view: EditorView, text: string) {
  const body = new DOMParser().parseFromString(`<body>${plainTextHtml(text)}`, 'text/html').body;
  return PmParser.fromSchema(view.state.schema).parseSlice(body);
}

/**
 * The editable element's attributes: its name and state for assistive technology, Dutch for the spellchecker (the
 * browser's, or Electron's), and the section's numbering for the lists' look.
 */
function editableAttributes(props: RichTextEditorProps): Record<string, string> {
  const attributes: Record<string, string> = {
    id: props.id,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': props.label,
    lang: 'nl',
    spellcheck: 'true',
    class: 'rn-richtext-content',
  };
  if (props.invalid) attributes['aria-invalid'] = 'true';
  if (props.describedBy) attributes['aria-describedby'] = props.describedBy;
  if (props.readOnly) attributes['aria-readonly'] = 'true';
  if (props.lijstnummering) attributes['data-lijstnummering'] = props.lijstnummering;
  return attributes;
}

/**
 * One section's rich text: TipTap on the schema of the HTML subset the engine renders, with its toolbar. The document
 * lives in the editor, not in React's state: a keystroke re-renders nothing but the toolbar's pressed buttons, and
 * the HTML goes out through `onChange` only when the writer changed something (in a very long section, when the
 * writer pauses: ChangeWriter).
 */
export function RichTextEditor(props: RichTextEditorProps): JSX.Element {
  const { id, label, readOnly = false, findings, images } = props;
  const callbacks = useRef({ onChange: props.onChange, onHeld: props.onHeld, onBlur: props.onBlur });
  useLayoutEffect(() => {
    callbacks.current = { onChange: props.onChange, onHeld: props.onHeld, onBlur: props.onBlur };
  });
  const [addresses] = useState(() => new ImageAddresses());
  const [initial] = useState(() => {
    const doc = parseRichText(props.value);
    return { json: doc.toJSON() as object, html: serializeRichText(doc) };
  });
  const [writer] = useState(
    () =>
      new ChangeWriter(
        initial.html,
        (html) => {
          callbacks.current.onChange(html);
        },
        (write) => {
          callbacks.current.onHeld?.(write);
        },
      ),
  );
  const attributes = editableAttributes(props);
  const shown = JSON.stringify(attributes);

  const editor = useEditor({
    extensions: [...richTextExtensions({ image: addresses.view }), B1Highlights],
    content: initial.json,
    editable: !readOnly,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: changed }) => {
      writer.changed(changed.state.doc);
    },
    onBlur: () => {
      writer.flush();
      callbacks.current.onBlur?.();
    },
    // TipTap's own CSS would be an inline <style>, which the app's CSP refuses: editor.css has what it needs.
    injectCSS: false,
    editorProps: {
      attributes,
      transformPastedHTML: cleanPastedHtml,
      clipboardTextParser: (text, _context, _plain, view) => pastePlainText(view, text),
    },
  });

  useEffect(() => {
    editor.view.setProps({ attributes: JSON.parse(shown) as Record<string, string> });
  }, [editor, shown]);

  // What is typed goes out before the page goes or the editor does, whatever the pause.
  useEffect(() => {
    const flush = (): void => {
      writer.flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', flush);
      flush();
    };
  }, [writer]);

  useEffect(() => {
    editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  useEffect(() => {
    editor.commands.setB1Findings(findings);
  }, [editor, findings]);

  useEffect(() => {
    addresses.use(images?.address);
  }, [addresses, images]);

  return (
    <div className="rn-richtext">
      {!readOnly && (
        <Toolbar
          editor={editor}
          controls={id}
          label={label}
          lijstnummering={props.lijstnummering}
          upload={images?.upload}
        />
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
