import { Table as TiptapTable, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { Node as PmNode } from '@tiptap/pm/model';
import { FLOW } from './nodes.js';

/** A cell's colspan or rowspan as a number, 1 when it is absent or says nothing countable. */
function spanOf(el: HTMLElement, name: 'colspan' | 'rowspan'): number {
  const value = Number.parseInt(el.getAttribute(name) ?? '', 10);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/**
 * A rowspan ends with its row group (`<thead>`, `<tbody>`), as HTML and the engine have it; the editor holds one
 * group of rows, so the span is cut where the group ends before it could reach into the next.
 */
function rowspanOf(cell: HTMLElement): number {
  const row = cell.parentElement;
  const group = row?.parentElement;
  if (!row || !group) return spanOf(cell, 'rowspan');
  const rows = Array.from(group.children).filter((el) => el.tagName === 'TR');
  return Math.min(spanOf(cell, 'rowspan'), rows.length - rows.indexOf(row));
}

const cellAttributes = () => ({
  colspan: { default: 1, parseHTML: (el: HTMLElement) => spanOf(el, 'colspan'), rendered: false },
  rowspan: { default: 1, parseHTML: rowspanOf, rendered: false },
  // prosemirror-tables reads and writes it when columns change; the subset has no widths, so it is never written.
  colwidth: { default: null, parseHTML: () => null, rendered: false },
});

/** colspan and rowspan only where they are more than 1: no attribute the subset does not need. */
function spans(node: PmNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['colspan', 'rowspan'] as const) {
    const value = node.attrs[name] as number;
    if (value > 1) out[name] = String(value);
  }
  return out;
}

export const Cell = TableCell.extend({
  content: FLOW,
  addAttributes: cellAttributes,
  parseHTML: () => [{ tag: 'td' }],
  renderHTML: ({ node }) => ['td', spans(node), 0],
});

export const HeaderCell = TableHeader.extend({
  content: FLOW,
  addAttributes: cellAttributes,
  parseHTML: () => [{ tag: 'th' }],
  renderHTML: ({ node }) => ['th', spans(node), 0],
});

/** Written on a row of the table's head, for the serializer to gather those rows in `<thead>`; never stored. */
export const HEAD_ROW = 'data-rn-head';

export const Row = TableRow.extend({
  addAttributes: () => ({
    head: {
      default: false,
      parseHTML: (el: HTMLElement) => el.parentElement?.tagName === 'THEAD',
      rendered: false,
    },
  }),
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: ({ node }) => ['tr', node.attrs.head === true ? { [HEAD_ROW]: '' } : {}, 0],
});

/** Written on a table with a caption, its caption's HTML, for the serializer to write `<caption>`; never stored. */
export const CAPTION = 'data-rn-caption';

/** The table without its caption: what the editor reads as rows. */
function withoutCaption(el: HTMLElement): HTMLElement {
  const copy = el.cloneNode(true) as HTMLElement;
  for (const caption of Array.from(copy.children)) if (caption.tagName === 'CAPTION') caption.remove();
  return copy;
}

/**
 * The table with its caption (`<caption>`, kept as the HTML written and shown above the table, not editable here: the
 * toolbar offers none) and its head (`<thead>`), without the widths, styles and colgroup TipTap's table writes.
 */
export const Table = TiptapTable.extend({
  addAttributes: () => ({
    caption: {
      default: null,
      parseHTML: (el: HTMLElement) =>
        Array.from(el.children).find((c) => c.tagName === 'CAPTION')?.innerHTML ?? null,
      rendered: false,
    },
  }),
  parseHTML: () => [{ tag: 'table', contentElement: withoutCaption }],
  renderHTML: ({ node }) => [
    'table',
    typeof node.attrs.caption === 'string' ? { [CAPTION]: node.attrs.caption } : {},
    ['tbody', 0],
  ],
  addNodeView: () => (props) => {
    const dom = document.createElement('table');
    const caption = document.createElement('caption');
    const tbody = document.createElement('tbody');
    const show = (node: PmNode): void => {
      const html = node.attrs.caption as string | null;
      caption.textContent = html === null ? '' : captionText(html);
      caption.hidden = html === null;
    };
    show(props.node);
    dom.append(caption, tbody);
    return {
      dom,
      contentDOM: tbody,
      update: (node) => {
        if (node.type !== props.node.type) return false;
        show(node);
        return true;
      },
      ignoreMutation: (mutation) => caption.contains(mutation.target),
    };
  },
}).configure({ resizable: false, allowTableNodeSelection: true });

/** A caption's text as the reader sees it, read in an inert document (its HTML is never run). */
function captionText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent;
}
