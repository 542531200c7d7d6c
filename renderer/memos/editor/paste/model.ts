/**
 * What a paste becomes before it is written as the stored HTML subset (core/model/richtext.ts): blocks of inline
 * text whose formatting is a set of marks, so that a mark given by an element around blocks (Google Docs wraps a
 * whole paste in `<b style="font-weight:normal">`) is carried down to the text rather than nested around blocks.
 */
export interface Marks {
  strong?: boolean;
  em?: boolean;
  u?: boolean;
  sup?: boolean;
  sub?: boolean;
  href?: string;
}

export type Inline = { text: string; marks: Marks } | { br: true } | { footnote: Inline[] };

/** A list's numbering as HTML's `type` has it, or a bullet list. */
export type ListType = 'bullet' | '1' | 'a' | 'A' | 'i' | 'I';

export interface Cell {
  header: boolean;
  colspan: number;
  rowspan: number;
  blocks: Block[];
}

export type Block =
  | { kind: 'p' | 'h2' | 'h3'; inline: Inline[] }
  | { kind: 'list'; type: ListType; start: number; items: Block[][] }
  | { kind: 'table'; caption: Inline[]; rows: Cell[][] }
  /** A paragraph of Word's that is a list item by its style; wordLists makes real lists of them. */
  | { kind: 'word-item'; list: string; level: number; type: ListType; start: number; inline: Inline[] };

/** Whether an inline run holds anything to read: a paragraph of white space (Word's empty line) holds nothing. */
export function hasContent(inline: readonly Inline[]): boolean {
  return inline.some((i) =>
    'footnote' in i ? hasContent(i.footnote) : 'text' in i && /\S/u.test(i.text.replace(/\u00a0/g, ' ')),
  );
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\u00a0': '&nbsp;',
};
const escape = (text: string): string => text.replace(/[&<>"\u00a0]/g, (c) => ESCAPES[c] ?? c);

/** The marks in the order they nest, outermost first. */
const MARK_TAGS = ['strong', 'em', 'u', 'sup', 'sub'] as const;

function wrap(text: string, marks: Marks): string {
  let html = text;
  for (const tag of [...MARK_TAGS].reverse()) if (marks[tag]) html = `<${tag}>${html}</${tag}>`;
  return marks.href === undefined ? html : `<a href="${escape(marks.href)}">${html}</a>`;
}

const sameMarks = (a: Marks, b: Marks): boolean =>
  MARK_TAGS.every((t) => Boolean(a[t]) === Boolean(b[t])) && a.href === b.href;

/**
 * An inline run as HTML: white space collapsed as a browser shows it (a lone no-break space kept, as the writer may
 * have meant it), none at the start or end, runs of the same marks joined.
 */
export function inlineHtml(inline: readonly Inline[]): string {
  const pieces: ({ text: string; marks: Marks } | { html: string })[] = [];
  let space = true;
  for (const item of inline) {
    if ('br' in item) {
      pieces.push({ html: '<br>' });
      space = true;
    } else if ('footnote' in item) {
      const text = inlineHtml(item.footnote);
      if (text !== '') pieces.push({ html: `<span data-type="footnote">${text}</span>` });
    } else {
      let text = item.text.replace(/\s+/g, (run) => (run === '\u00a0' ? run : ' '));
      if (space) text = text.replace(/^ /, '');
      if (text === '') continue;
      space = text.endsWith(' ');
      const last = pieces.at(-1);
      if (last && 'text' in last && sameMarks(last.marks, item.marks)) last.text += text;
      else pieces.push({ text, marks: item.marks });
    }
  }
  // No white space or line break at the end of a block.
  while (pieces.length > 0) {
    const last = pieces.at(-1);
    if (last && 'html' in last && last.html === '<br>') pieces.pop();
    else if (last && 'text' in last && last.text.endsWith(' ')) {
      last.text = last.text.replace(/ +$/, '');
      if (last.text === '') pieces.pop();
    } else break;
  }
  while (pieces[0] && 'html' in pieces[0] && pieces[0].html === '<br>') pieces.shift();
  return pieces.map((p) => ('html' in p ? p.html : wrap(escape(p.text), p.marks))).join('');
}

const attribute = (name: string, value: number): string => (value > 1 ? ` ${name}="${value}"` : '');

function cellHtml(cell: Cell, header: boolean): string {
  const tag = header ? 'th' : 'td';
  return `<${tag}${attribute('colspan', cell.colspan)}${attribute('rowspan', cell.rowspan)}>${blocksHtml(cell.blocks)}</${tag}>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'p':
    case 'h2':
    case 'h3':
      return hasContent(block.inline) ? `<${block.kind}>${inlineHtml(block.inline)}</${block.kind}>` : '';
    case 'word-item':
      return blockHtml({ kind: 'p', inline: block.inline });
    case 'list': {
      const items = block.items.map((blocks) => `<li>${blocksHtml(blocks)}</li>`).join('');
      if (block.type === 'bullet') return `<ul>${items}</ul>`;
      const type = block.type === '1' ? '' : ` type="${block.type}"`;
      const start = block.start === 1 ? '' : ` start="${block.start}"`;
      return `<ol${type}${start}>${items}</ol>`;
    }
    case 'table': {
      const caption = inlineHtml(block.caption);
      // The rows whose every cell is a header cell, from the top, are the table's head.
      const headRows = block.rows.findIndex((row) => !row.every((c) => c.header));
      const head = headRows === -1 ? block.rows.length : headRows;
      const rows = (from: number, to: number) =>
        block.rows
          .slice(from, to)
          .map((row) => `<tr>${row.map((c) => cellHtml(c, c.header)).join('')}</tr>`)
          .join('');
      const thead = head > 0 && head < block.rows.length ? `<thead>${rows(0, head)}</thead>` : '';
      const tbody = `<tbody>${rows(thead === '' ? 0 : head, block.rows.length)}</tbody>`;
      return `<table>${caption === '' ? '' : `<caption>${caption}</caption>`}${thead}${tbody}</table>`;
    }
  }
}

export function blocksHtml(blocks: readonly Block[]): string {
  return blocks.map(blockHtml).join('');
}
