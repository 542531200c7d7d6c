/**
 * The typed document tree: what a filled template means, independent of DOCX. The markup parser builds it and
 * `to-docx.ts` maps it onto Word; nothing else needs to know either side.
 */

export interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Raised (1<sup>e</sup>) or lowered (CO<sub>2</sub>) text; the innermost of nested ones holds. */
  position: 'baseline' | 'superscript' | 'subscript';
}

export type Inline =
  | { kind: 'text'; text: string; marks: Marks }
  | { kind: 'break' }
  | { kind: 'footnote'; content: Inline[] }
  | { kind: 'link'; href: string; content: Inline[] };

export type HeadingLevel = 'title' | 1 | 2 | 3;

/** How a numbered list counts, as HTML's `type` (1, a, A, i, I) and `start` give it. */
export type NumberFormat = 'decimal' | 'lower-letter' | 'upper-letter' | 'lower-roman' | 'upper-roman';

export interface ListNumbering {
  format: NumberFormat;
  start: number;
}

/** How many columns and rows a cell covers, as HTML's colspan and rowspan say. */
export interface CellSpan {
  columns: number;
  rows: number;
}

export interface TableRow {
  header: boolean;
  cells: Block[][];
  /** Each cell's span, in the order of `cells`, when any cell of the row spans more than one column or row. */
  spans?: CellSpan[];
}

/** An image's bytes as checked whole (image-check.ts), with its own size in pixels. */
export interface Picture {
  data: Uint8Array;
  type: 'png' | 'jpg';
  widthPx: number;
  heightPx: number;
}

/** A size a writer asked for in pixels, as HTML's `width` and `height` on `<img>`; either may be left to the picture. */
export interface RequestedSize {
  widthPx?: number;
  heightPx?: number;
}

/**
 * A picture from the memo's folder, standing as a paragraph of its own: `src` is its file name as the writer gave it,
 * `alt` what it shows for a reader who cannot see it, and the caption, if any, stands above or below it as written.
 */
export interface Figure {
  kind: 'figure';
  src: string;
  alt: string;
  picture: Picture;
  size?: RequestedSize;
  caption?: { content: Inline[]; above: boolean };
  /** Kept on the page with what follows: a signature after it (see to-docx.ts). */
  keepWithNext?: boolean;
}

export type Block =
  | { kind: 'paragraph'; content: Inline[]; keepWithNext?: boolean }
  | { kind: 'heading'; level: HeadingLevel; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Block[][]; numbering?: ListNumbering }
  /** `weights`: the columns' relative widths, when the template gives them; otherwise all columns are equal. */
  | { kind: 'table'; variant: 'grid' | 'metadata'; rows: TableRow[]; weights?: number[]; caption?: Inline[] }
  | Figure
  | { kind: 'pagebreak' };

export interface DocumentTree {
  /** Shown at the top of every page after the first (datum, kenmerk). */
  runningHeader: Inline[];
  body: Block[];
}

/** Word numbers nine list levels; the parser refuses deeper lists and the numbering defines as many. */
export const MAX_LIST_DEPTH = 9;

export const NO_MARKS: Marks = { bold: false, italic: false, underline: false, position: 'baseline' };

/**
 * The plain text of inline content, footnotes left out (or each given as `footnote`): what a reader sees in the
 * running text.
 */
export function inlineText(content: readonly Inline[], footnote = ''): string {
  return content
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return node.text;
        case 'break':
          return '\n';
        case 'link':
          return inlineText(node.content, footnote);
        case 'footnote':
          return footnote;
      }
    })
    .join('');
}

/** Whether blocks hold any text at all: a section of only empty paragraphs counts as empty. */
export function hasText(blocks: readonly Block[]): boolean {
  return blocks.some((block) => {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        return inlineText(block.content).trim() !== '';
      case 'list':
        return block.items.some(hasText);
      case 'table':
        return block.rows.some((row) => row.cells.some(hasText));
      case 'figure':
        // A picture is content: its alt text says what it shows, and a section of only an organogram is not empty.
        return true;
      case 'pagebreak':
        return false;
    }
  });
}
