// A page for the B1 suites (test/e2e/b1-*.test.ts): a bare TipTap editor with the B1Highlights extension, and the
// live check (useB1Check, with its Web Worker) on a text field. The suites drive it through `window.harness`.
import { Editor, Node } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Footnote, FootnoteReference, Footnotes } from 'tiptap-footnotes';
import { B1Highlights, b1PluginKey } from '../../../../renderer/memos/editor/b1/highlights.js';
import {
  useB1Check,
  type B1Results,
  type B1Settings,
} from '../../../../renderer/memos/editor/b1/use-b1-check.js';
import type { Harness, Shown } from './api.js';

declare global {
  interface Window {
    harness: Harness;
  }
}

const element = document.querySelector('#editor');
if (!element) throw new Error('#editor missing');

/**
 * A footnote as the app's editor holds it (renderer/memos/editor/richtext/nodes.ts): one inline piece where the writer
 * wrote it, its text inside but not shown as editable text. `?footnotes=inline` gives the editor these; without it,
 * the editor has tiptap-footnotes', whose texts stand at the end of the document.
 */
const InlineFootnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  content: 'text*',
  parseHTML: () => [{ tag: 'span[data-type="footnote"]' }],
  renderHTML: () => ['span', { 'data-type': 'footnote', class: 'rn-footnote' }, 0],
  addNodeView: () => (props) => {
    const dom = document.createElement('span');
    dom.dataset.type = 'footnote';
    dom.className = 'rn-footnote';
    dom.contentEditable = 'false';
    dom.textContent = props.node.textContent;
    return { dom };
  },
});

const inlineFootnotes = new URLSearchParams(location.search).get('footnotes') === 'inline';

const editor = new Editor({
  element,
  extensions: [
    ...(inlineFootnotes
      ? [StarterKit, InlineFootnote]
      : [
          StarterKit.configure({ document: false }),
          Document.extend({ content: 'block+ footnotes?' }),
          Footnotes,
          Footnote,
          FootnoteReference,
        ]),
    Table,
    TableRow,
    TableHeader,
    TableCell,
    B1Highlights,
  ],
  injectCSS: false,
  editorProps: {
    attributes: { 'aria-labelledby': 'editor-label', 'aria-multiline': 'true', role: 'textbox' },
  },
});

let setSettings: (settings: B1Settings) => void = () => undefined;
const shown: Shown[] = [];

window.harness = {
  setContent: (html) => {
    editor.commands.setContent(html, { emitUpdate: false });
  },
  setFindings: (findings) => {
    editor.commands.setB1Findings(findings);
  },
  underlined: () =>
    (b1PluginKey.getState(editor.state)?.decorations.find() ?? []).map((d) => ({
      from: d.from,
      to: d.to,
      text: editor.state.doc.textBetween(d.from, d.to, ' ', ' '),
      kind: (d.spec as { b1: { finding: { kind: string } } }).b1.finding.kind,
    })),
  drawn: (kind) =>
    [...document.querySelectorAll(`.b1-${kind}`)]
      .map((e) => e.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
  lineStyle: (selector) => {
    const found = document.querySelector(selector);
    return found ? getComputedStyle(found).textDecorationStyle : undefined;
  },
  setSelection: (pos) => {
    editor.chain().focus().setTextSelection(pos).run();
  },
  setSettings: (settings) => {
    setSettings(settings);
  },
  shown,
};

function record(results: B1Results): void {
  const section = results.get('live');
  if (section)
    shown.push({
      html: section.findings.html,
      findings: section.findings.findings.length,
      verdict: section.result.verdict,
    });
}

function LiveCheck() {
  const [text, setText] = useState('');
  const [settings, setOwnSettings] = useState<B1Settings>();
  setSettings = setOwnSettings;
  const memo = useMemo(
    () => ({ sections: [{ key: 'live', titel: 'Live', inhoud: `<p>${text}</p>` }], names: [], titles: [] }),
    [text],
  );
  const results = useB1Check(memo, settings);
  useEffect(() => {
    if (results) record(results);
  }, [results]);
  const section = results?.get('live');
  return (
    <>
      <label htmlFor="live-text">Tekst</label>
      <textarea
        id="live-text"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <p id="live-result">
        {section ? `${section.result.verdict}: ${section.findings.findings.length} bevindingen` : 'nog niet'}
      </p>
    </>
  );
}

const live = document.querySelector('#live');
if (!live) throw new Error('#live missing');
createRoot(live).render(<LiveCheck />);
