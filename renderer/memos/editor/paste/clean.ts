import { isComment, isDirective, isTag, isText, type ChildNode, type Element } from 'domhandler';
import { append } from '../../../../core/lists.js';
import { parseDocument } from 'htmlparser2';
import {
  blocksHtml,
  hasContent,
  type Block,
  type Cell,
  type Inline,
  type ListType,
  type Marks,
} from './model.js';
import { markerType, styleOf, wordListOf, wordLists } from './word.js';

/** Elements whose content is no text for the reader, or not the document's: dropped whole. */
const DROPPED = new Set([
  'head',
  'style',
  'script',
  'template',
  'title',
  'meta',
  'link',
  'xml',
  'object',
  'img',
  'svg',
  'iframe',
  'noscript',
]);

/** Elements that hold blocks, and are no block of their own: their blocks are read in place. */
const CONTAINERS = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'center',
  'dl',
  'figure',
]);

/** Elements that are a paragraph of text: `p`, and what a paste may carry that the subset has no place for. */
const PARAGRAPHS = new Set(['p', 'address', 'pre', 'dt', 'dd', 'figcaption', 'li']);

/** The parts of a table that hold its rows. */
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'colgroup', 'col']);

const HEADINGS: Readonly<Record<string, 'h2' | 'h3'>> = {
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
};

const LIST_STYLES: Readonly<Record<string, ListType>> = {
  decimal: '1',
  'lower-alpha': 'a',
  'lower-latin': 'a',
  'upper-alpha': 'A',
  'upper-latin': 'A',
  'lower-roman': 'i',
  'upper-roman': 'I',
};

const SAFE_LINK = /^(https?:|mailto:)/i;

const isElement = (node: ChildNode): node is Element => isTag(node);

/** Word's comments (the anchors in the text and the comments themselves) and its footnote and endnote lists. */
function isWordAside(element: Element, style: ReadonlyMap<string, string>): boolean {
  const kind = style.get('mso-element');
  if (kind !== undefined && /^(comment|footnote|endnote)/.test(kind)) return true;
  if (style.get('mso-special-character') === 'comment') return true;
  if (style.has('mso-comment-reference')) return true;
  const classes = (element.attribs.class ?? '').toLowerCase();
  if (/\b(msocomanchor|msocomtxt|msocommentreference|msocomoff)\b/.test(classes)) return true;
  const href = element.attribs.href ?? '';
  return /^#_(msocom_|ftnref|ednref)/i.test(href);
}

/** The marks inside an element: those around it, and what its tag and its style add or take away. */
function marksOf(element: Element, style: ReadonlyMap<string, string>, outer: Marks): Marks {
  const marks: Marks = { ...outer };
  const tag = element.name;
  if (tag === 'b' || tag === 'strong') marks.strong = true;
  if (tag === 'i' || tag === 'em') marks.em = true;
  if (tag === 'u' || tag === 'ins') marks.u = true;
  if (tag === 'sup') marks.sup = true;
  if (tag === 'sub') marks.sub = true;
  const weight = style.get('font-weight');
  if (weight !== undefined) {
    const number = Number(weight);
    if (weight === 'bold' || weight === 'bolder' || number >= 600) marks.strong = true;
    else if (weight === 'normal' || weight === 'lighter' || (number > 0 && number < 600))
      marks.strong = false;
  }
  const fontStyle = style.get('font-style');
  if (fontStyle === 'italic' || fontStyle === 'oblique') marks.em = true;
  else if (fontStyle === 'normal') marks.em = false;
  const decoration = style.get('text-decoration') ?? style.get('text-decoration-line');
  if (decoration?.includes('underline')) marks.u = true;
  const align = style.get('vertical-align');
  if (align === 'super') marks.sup = true;
  if (align === 'sub') marks.sub = true;
  if (tag === 'a') {
    const href = element.attribs.href?.trim();
    if (href !== undefined && SAFE_LINK.test(href)) marks.href = href;
  }
  return marks;
}

/** Collects the blocks of a container, and the inline text that is not yet in one. */
class Collector {
  readonly blocks: Block[] = [];
  inline: Inline[] = [];

  /** The inline text so far as a paragraph of its own. */
  flush(): void {
    if (hasContent(this.inline)) this.blocks.push({ kind: 'p', inline: this.inline });
    this.inline = [];
  }

  done(): Block[] {
    this.flush();
    return wordLists(this.blocks);
  }
}

/** Word's footnotes by the id their reference names (`#_ftn1`), read from its footnote list. */
type Footnotes = Map<string, Inline[]>;

class Cleaner {
  constructor(private readonly footnotes: Footnotes) {}

  /**
   * The nodes into `into`. Between `[if !supportLists]` (or any `[if !support…]`) and `[endif]`, as comments or as
   * Word's downlevel-revealed `<![if …]>`, stands what Word shows where a browser lacks its feature: a list's
   * number, a footnote's "[1]", an empty paragraph's space. It is no text of the writer's: it is read as a marker.
   */
  nodes(nodes: readonly ChildNode[], marks: Marks, into: Collector): string {
    let marker = '';
    let inFallback = false;
    for (const node of nodes) {
      if (isComment(node) || isDirective(node)) {
        inFallback = fallbackState(node.data, inFallback);
        continue;
      }
      if (inFallback) {
        marker += textOf(node);
        continue;
      }
      if (isText(node)) into.inline.push({ text: node.data, marks });
      else if (isElement(node)) marker += this.element(node, marks, into);
    }
    return marker;
  }

  /** One element into `into`; what it returns is the marker text of Word's it met (a list item's number). */
  private element(element: Element, outer: Marks, into: Collector): string {
    const tag = element.name;
    const style = styleOf(element.attribs.style);
    if (DROPPED.has(tag) || tag.startsWith('v:') || tag.startsWith('w:')) return '';
    if (style.get('mso-list') === 'ignore') return textOf(element);
    if (isWordAside(element, style)) return '';
    const footnote = this.footnoteOf(element, style);
    if (footnote !== undefined) {
      into.inline.push({ footnote });
      return '';
    }
    const marks = marksOf(element, style, outer);
    if (tag === 'br') {
      into.inline.push({ br: true });
      return '';
    }
    const heading = HEADINGS[tag];
    if (heading !== undefined) {
      into.flush();
      into.blocks.push({ kind: heading, inline: this.inlineOf(element, marks) });
      return '';
    }
    if (tag === 'ul' || tag === 'ol') {
      into.flush();
      into.blocks.push(this.list(element, marks));
      return '';
    }
    if (tag === 'table') {
      into.flush();
      this.table(element, marks, into);
      return '';
    }
    if (PARAGRAPHS.has(tag)) {
      into.flush();
      this.paragraph(element, style, marks, into);
      return '';
    }
    if (CONTAINERS.has(tag)) {
      into.flush();
      const marker = this.nodes(element.children, marks, into);
      into.flush();
      return marker;
    }
    return this.nodes(element.children, marks, into);
  }

  /** A paragraph, or Word's list paragraph (`mso-list`) with the number it wrote before its text. */
  private paragraph(
    element: Element,
    style: ReadonlyMap<string, string>,
    marks: Marks,
    into: Collector,
  ): void {
    const own = new Collector();
    const marker = this.nodes(element.children, marks, own);
    const inList = wordListOf(style);
    if (inList && own.blocks.length === 0) {
      into.blocks.push({ kind: 'word-item', ...inList, ...markerType(marker), inline: own.inline });
      return;
    }
    own.flush();
    for (const block of own.blocks) into.blocks.push(block);
  }

  private inlineOf(element: Element, marks: Marks): Inline[] {
    const own = new Collector();
    this.nodes(element.children, marks, own);
    own.flush();
    // A block inside an inline context (a heading holding a paragraph): its text, line by line.
    return own.blocks.flatMap((block, i): Inline[] => {
      const inline = 'inline' in block ? block.inline : [{ text: blocksText(block), marks: {} }];
      return i === 0 ? inline : [{ br: true }, ...inline];
    });
  }

  private blocksOf(nodes: readonly ChildNode[], marks: Marks): Block[] {
    const own = new Collector();
    this.nodes(nodes, marks, own);
    return own.done();
  }

  private list(element: Element, marks: Marks): Block {
    // Google Docs gives the numbering on the items, not on the list.
    const firstItem = element.children.find((c): c is Element => isElement(c) && c.name === 'li');
    const listStyle =
      styleOf(element.attribs.style).get('list-style-type') ??
      styleOf(firstItem?.attribs.style).get('list-style-type') ??
      '';
    const type: ListType =
      element.name === 'ul'
        ? 'bullet'
        : ((['1', 'a', 'A', 'i', 'I'] as const).find((t) => t === element.attribs.type) ??
          LIST_STYLES[listStyle] ??
          '1');
    const start = Number(element.attribs.start ?? '1');
    const items: Block[][] = [];
    const loose: ChildNode[] = [];
    const flushLoose = () => {
      if (loose.length === 0) return;
      // Text or a list directly inside the list (Google Docs nests lists so): part of the item before it.
      const blocks = this.blocksOf(loose.splice(0), marks);
      const last = items.at(-1);
      if (last) for (const block of blocks) last.push(block);
      else if (blocks.length > 0) items.push(blocks);
    };
    for (const child of element.children) {
      if (isElement(child) && child.name === 'li') {
        flushLoose();
        items.push(this.blocksOf(child.children, marksOf(child, styleOf(child.attribs.style), marks)));
      } else loose.push(child);
    }
    flushLoose();
    return { kind: 'list', type, start: Number.isInteger(start) && start > 0 ? start : 1, items };
  }

  /**
   * A table with its rows, cells and spans. What stands in it outside a cell (text, another element) goes before it,
   * as a browser shows it, so that no text is lost.
   */
  private table(element: Element, marks: Marks, into: Collector): void {
    const rows: Cell[][] = [];
    const caption: Inline[] = [];
    const fostered: ChildNode[] = [];
    const walk = (parent: Element, head: boolean): void => {
      // Word's rows for browsers that misalign columns (`[if !supportMisalignedColumns]`) are empty: not read.
      let inFallback = false;
      for (const child of parent.children) {
        if (isComment(child) || isDirective(child)) {
          inFallback = fallbackState(child.data, inFallback);
          continue;
        }
        if (inFallback) continue;
        if (!isElement(child)) fostered.push(child);
        else if (child.name === 'caption') append(caption, this.inlineOf(child, marks));
        else if (child.name === 'tr') rows.push(this.row(child, head, marks, fostered));
        else if (TABLE_PARTS.has(child.name)) walk(child, head || child.name === 'thead');
        else fostered.push(child);
      }
    };
    walk(element, false);
    for (const block of this.blocksOf(fostered, marks)) into.blocks.push(block);
    const filled = rows.filter((r) => r.length > 0);
    // A table without cells holds no text; the engine refuses it.
    if (filled.length > 0) into.blocks.push({ kind: 'table', caption, rows: filled });
    else if (hasContent(caption)) into.blocks.push({ kind: 'p', inline: caption });
  }

  private row(row: Element, head: boolean, marks: Marks, fostered: ChildNode[]): Cell[] {
    return row.children.flatMap((cell): Cell[] => {
      if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) {
        fostered.push(cell);
        return [];
      }
      const span = (name: string) => {
        const value = Number(cell.attribs[name] ?? '1');
        return Number.isInteger(value) && value > 1 ? value : 1;
      };
      const blocks = this.blocksOf(cell.children, marksOf(cell, styleOf(cell.attribs.style), marks));
      return [
        { header: head || cell.name === 'th', colspan: span('colspan'), rowspan: span('rowspan'), blocks },
      ];
    });
  }

  /** For Word's reference to a footnote (`<a href="#_ftn1">`): the footnote's text, which it stands for. */
  private footnoteOf(element: Element, style: ReadonlyMap<string, string>): Inline[] | undefined {
    if (element.name !== 'a') return undefined;
    const id =
      style.get('mso-footnote-id') ??
      style.get('mso-endnote-id') ??
      /^#_(ftn|edn)\d+$/i.exec(element.attribs.href ?? '')?.[0].slice(2);
    if (id === undefined) return undefined;
    const text = this.footnotes.get(id.toLowerCase());
    if (text !== undefined) this.footnotes.delete(id.toLowerCase());
    return text;
  }
}

/** Whether what follows a comment or directive is Word's content for browsers without a feature (see nodes). */
function fallbackState(data: string, before: boolean): boolean {
  const condition = data.replace(/^!/, '');
  if (/^\[if !support/i.test(condition)) return true;
  if (/^\[endif\]/i.test(condition)) return false;
  return before;
}

/** The plain text of a node, for markers and for blocks read where only text can stand. */
function textOf(node: ChildNode): string {
  if (isText(node)) return node.data;
  if (isElement(node)) return node.children.map(textOf).join('');
  return '';
}

function blocksText(block: Block): string {
  if ('inline' in block) return block.inline.map((i) => ('text' in i ? i.text : ' ')).join('');
  if (block.kind === 'list') return block.items.flat().map(blocksText).join(' ');
  return block.rows
    .flat()
    .flatMap((c) => c.blocks.map(blocksText))
    .join(' ');
}

/** Every element below `nodes` that matches, outermost only. */
function findAll(nodes: readonly ChildNode[], match: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    if (match(node)) found.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
  return found;
}

/** Word's footnotes and endnotes (`<div style="mso-element:footnote" id="ftn1">`), each as inline text. */
function wordFootnotes(nodes: readonly ChildNode[]): { notes: Footnotes; order: string[] } {
  const notes: Footnotes = new Map();
  const reader = new Cleaner(new Map());
  const elements = findAll(nodes, (e) =>
    /^(footnote|endnote)$/.test(styleOf(e.attribs.style).get('mso-element') ?? ''),
  );
  for (const element of elements) {
    const own = new Collector();
    reader.nodes(element.children, {}, own);
    own.flush();
    const inline = own.blocks.flatMap((b, i): Inline[] => {
      const text: Inline[] = 'inline' in b ? b.inline : [{ text: blocksText(b), marks: {} }];
      return i === 0 ? text : [{ text: ' ', marks: {} }, ...text];
    });
    notes.set((element.attribs.id ?? '').toLowerCase(), inline);
  }
  return { notes, order: [...notes.keys()] };
}

/**
 * HTML pasted from Word, Google Docs or a web page, as the HTML subset a section stores (core/model/richtext.ts):
 * paragraphs, headings (h1 becomes h2, h3–h6 become h3), lists (Word's list paragraphs made real lists, nested by
 * their level and numbered as their numbers say), tables with their spans, bold, italic, underline, super- and
 * subscript (as tags or as styles), links with a safe address, and footnotes. Everything else goes: styles, classes,
 * comments, Office's own elements, Word's comments and the markers it writes for browsers. No text of the writer's
 * is ever dropped: an element the subset does not have gives up its text to the block around it.
 */
export function cleanPastedHtml(html: string): string {
  const document = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const { notes, order } = wordFootnotes(document.children);
  const cleaner = new Cleaner(notes);
  const root = new Collector();
  cleaner.nodes(document.children, {}, root);
  const blocks = root.done();
  // A footnote whose reference was not pasted along keeps its text, as a paragraph at the end.
  for (const id of order) {
    const inline = notes.get(id);
    if (inline) blocks.push({ kind: 'p', inline });
  }
  return blocksHtml(blocks);
}
