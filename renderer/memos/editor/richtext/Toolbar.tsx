import { Button } from '@utrecht/component-library-react';
import type { Editor, JSONContent } from '@tiptap/core';
import { Fragment } from '@tiptap/pm/model';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { useState, type JSX, type ReactNode } from 'react';
import { FootnoteDialog } from './FootnoteDialog.js';
import { ImageDialog, type ImageChoice } from './ImageDialog.js';
import { LIST_TYPES, type ListType } from './nodes.js';

const LIST_TYPE_LABELS: Record<ListType, string> = {
  '1': '1, 2, 3',
  a: 'a, b, c',
  A: 'A, B, C',
  i: 'i, ii, iii',
  I: 'I, II, III',
};

/** What the buttons show; read on each transaction, and only the toolbar re-renders when it changes. */
function toolbarState({ editor }: { editor: Editor }) {
  const { selection } = editor.state;
  const selected = selection instanceof NodeSelection ? selection.node : undefined;
  const image = selected?.type.name === 'image' ? selected : undefined;
  const footnote = selected?.type.name === 'footnote' ? selected : undefined;
  const first = editor.isActive('table') ? firstRowIsHead(editor) : false;
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    superscript: editor.isActive('superscript'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    listType: (editor.getAttributes('orderedList').type as ListType | null | undefined) ?? null,
    h2: editor.isActive('heading', { level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    table: editor.isActive('table'),
    headRow: first,
    imageAlt: image ? String(image.attrs.alt ?? '') : undefined,
    footnote: footnote ? (footnote.content.toJSON() as JSONContent[] | null) : undefined,
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

/** Whether the table around the selection starts with a head row: in `<thead>`, or all its cells `<th>`. */
function firstRowIsHead(editor: Editor): boolean {
  const { $from } = editor.state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name !== 'table') continue;
    const row = node.firstChild;
    if (!row) return false;
    let allHeader = row.childCount > 0;
    row.forEach((cell) => {
      if (cell.type.name !== 'tableHeader') allHeader = false;
    });
    return row.attrs.head === true || allHeader;
  }
  return false;
}

interface ToolbarProps {
  editor: Editor;
  /** id of the editable element the toolbar works on */
  controls: string;
  label: string;
  lijstnummering: ListType | undefined;
  upload: ((file: File) => Promise<{ naam: string } | { error: string }>) | undefined;
}

/**
 * The section's toolbar: each button a plain stop in the tab order, with its Dutch name; marks, lists and headings
 * say whether they are on (aria-pressed). Pressing one keeps the selection in the text (mouse down does not take the
 * focus), and the command gives the focus back to the text.
 */
export function Toolbar({ editor, controls, label, lijstnummering, upload }: ToolbarProps): JSX.Element {
  const state = useEditorState({ editor, selector: toolbarState });
  const [dialog, setDialog] = useState<'footnote' | 'image' | undefined>();
  const defaultType: ListType = lijstnummering ?? '1';
  const [chosenType, setChosenType] = useState<ListType>(defaultType);
  const shownType = state.orderedList ? (state.listType ?? defaultType) : chosenType;
  const chain = () => editor.chain().focus();

  /** A list type as the list stores it: none where the section's own numbering gives it already. */
  const storedType = (type: ListType): ListType | null => (type === defaultType ? null : type);

  const chooseType = (type: ListType): void => {
    setChosenType(type);
    if (state.orderedList)
      chain()
        .updateAttributes('orderedList', { type: storedType(type) })
        .run();
  };

  /** The first row as the table's head (all its cells <th>) or as a row like the others (<td>, not in <thead>). */
  const setHeadRow = (on: boolean): void => {
    chain()
      .command(({ tr }) => {
        const { $from } = tr.selection;
        for (let depth = $from.depth; depth > 0; depth--) {
          const table = $from.node(depth);
          const row = table.firstChild;
          if (table.type.name !== 'table' || !row) continue;
          const type = tr.doc.type.schema.nodes[on ? 'tableHeader' : 'tableCell'];
          if (!type) return false;
          const rowPos = $from.before(depth) + 1;
          if (!on) tr.setNodeAttribute(rowPos, 'head', false);
          let pos = rowPos + 1;
          row.forEach((cell) => {
            tr.setNodeMarkup(pos, type, cell.attrs);
            pos += cell.nodeSize;
          });
          return true;
        }
        return false;
      })
      .run();
  };

  /**
   * A new footnote after the selection, with the cursor after it (the writer goes on with the sentence), or the
   * selected footnote with its new text.
   */
  const placeFootnote = (content: JSONContent[]): void => {
    chain()
      .command(({ tr, state: current }) => {
        const type = current.schema.nodes.footnote;
        if (!type) return false;
        const node = type.create(null, Fragment.fromJSON(current.schema, content));
        const { selection } = tr;
        if (selection instanceof NodeSelection && selection.node.type === type) {
          tr.replaceWith(selection.from, selection.to, node);
          tr.setSelection(NodeSelection.create(tr.doc, selection.from));
        } else {
          tr.insert(selection.to, node);
          tr.setSelection(TextSelection.create(tr.doc, selection.to + node.nodeSize));
        }
        return true;
      })
      .run();
  };

  const placeImage = (choice: ImageChoice): void => {
    setDialog(undefined);
    if (choice.kind === 'alt') {
      chain().updateAttributes('image', { alt: choice.alt }).run();
      return;
    }
    // A picture stands on its own, never in a list or a table: after the block the cursor is in, at the top.
    const { $from } = editor.state.selection;
    const at = $from.depth === 0 ? $from.pos : $from.after(1);
    chain()
      .insertContentAt(at, { type: 'image', attrs: { src: choice.naam, alt: choice.alt } })
      .run();
  };

  return (
    <div role="toolbar" aria-label={`Opmaak van ${label}`} aria-controls={controls} className="rn-toolbar">
      <Group>
        <Tool pressed={state.bold} shortcut="Ctrl+B" onClick={() => chain().toggleBold().run()}>
          Vet
        </Tool>
        <Tool pressed={state.italic} shortcut="Ctrl+I" onClick={() => chain().toggleItalic().run()}>
          Cursief
        </Tool>
        <Tool pressed={state.superscript} shortcut="Ctrl+." onClick={() => chain().toggleSuperscript().run()}>
          Superscript
        </Tool>
      </Group>
      <Group>
        <Tool pressed={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          Kop 2
        </Tool>
        <Tool pressed={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          Kop 3
        </Tool>
      </Group>
      <Group>
        <Tool pressed={state.bulletList} onClick={() => chain().toggleList('bulletList', 'listItem').run()}>
          Opsomming
        </Tool>
        <Tool
          pressed={state.orderedList}
          onClick={() => {
            const type = storedType(chosenType);
            if (state.orderedList) chain().toggleList('orderedList', 'listItem').run();
            else
              chain().toggleList('orderedList', 'listItem').updateAttributes('orderedList', { type }).run();
          }}
        >
          Genummerde opsomming
        </Tool>
        <label className="rn-toolbar-select">
          <span>Nummering</span>
          <select
            value={shownType}
            onChange={(event) => {
              chooseType(event.target.value as ListType);
            }}
          >
            {LIST_TYPES.map((type) => (
              <option key={type} value={type}>
                {LIST_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </label>
      </Group>
      <Group>
        {state.table ? (
          <>
            <Tool onClick={() => chain().addRowAfter().run()}>Rij toevoegen</Tool>
            <Tool onClick={() => chain().deleteRow().run()}>Rij verwijderen</Tool>
            <Tool onClick={() => chain().addColumnAfter().run()}>Kolom toevoegen</Tool>
            <Tool onClick={() => chain().deleteColumn().run()}>Kolom verwijderen</Tool>
            <Tool
              pressed={state.headRow}
              onClick={() => {
                setHeadRow(!state.headRow);
              }}
            >
              Koprij
            </Tool>
            <Tool onClick={() => chain().deleteTable().run()}>Tabel verwijderen</Tool>
          </>
        ) : (
          <Tool onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
            Tabel invoegen
          </Tool>
        )}
      </Group>
      <Group>
        <Tool
          onClick={() => {
            setDialog('footnote');
          }}
        >
          {state.footnote === undefined ? 'Voetnoot' : 'Voetnoot wijzigen'}
        </Tool>
        {upload && (
          <Tool
            onClick={() => {
              setDialog('image');
            }}
          >
            {state.imageAlt === undefined ? 'Afbeelding' : 'Alt-tekst wijzigen'}
          </Tool>
        )}
      </Group>
      <Group>
        <Tool disabled={!state.canUndo} shortcut="Ctrl+Z" onClick={() => chain().undo().run()}>
          Ongedaan maken
        </Tool>
        <Tool disabled={!state.canRedo} shortcut="Ctrl+Y" onClick={() => chain().redo().run()}>
          Opnieuw
        </Tool>
      </Group>
      {dialog === 'footnote' && (
        <FootnoteDialog
          content={state.footnote === undefined ? undefined : (state.footnote ?? [])}
          onClose={(content) => {
            setDialog(undefined);
            if (content === undefined) editor.commands.focus();
            else placeFootnote(content);
          }}
        />
      )}
      {dialog === 'image' && upload && (
        <ImageDialog
          alt={state.imageAlt}
          upload={upload}
          onDone={placeImage}
          onCancel={() => {
            setDialog(undefined);
            editor.commands.focus();
          }}
        />
      )}
    </div>
  );
}

function Group({ children }: { children: ReactNode }): JSX.Element {
  return <div className="rn-toolbar-group">{children}</div>;
}

interface ToolProps {
  children: ReactNode;
  onClick: () => void;
  pressed?: boolean;
  disabled?: boolean;
  shortcut?: string;
}

function Tool({ children, onClick, pressed, disabled, shortcut }: ToolProps): JSX.Element {
  return (
    <Button
      type="button"
      appearance="subtle-button"
      className="rn-tool"
      pressed={pressed}
      disabled={disabled}
      aria-keyshortcuts={shortcut?.replace('Ctrl', 'Control')}
      title={shortcut}
      // The selection stays in the text while the mouse presses the button.
      onMouseDown={(event) => {
        event.preventDefault();
      }}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}
