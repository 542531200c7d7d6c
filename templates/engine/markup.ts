import { parseDocument } from 'htmlparser2';
import {
  isComment,
  isDirective,
  isTag,
  isText,
  type ChildNode,
  type Document,
  type Element,
} from 'domhandler';
import { quote, type Issue } from '../../core/errors.js';
import { RICH_TEXT_ATTRIBUTES, RICH_TEXT_ELEMENTS } from '../../core/model/richtext.js';
import { forbiddenCharacter } from '../../core/model/text.js';
import { imageNameProblem, NO_FOLDER, type MemoImages } from './images.js';
import {
  MAX_LIST_DEPTH,
  NO_MARKS,
  type Block,
  type DocumentTree,
  type Inline,
  type ListNumbering,
  type Marks,
  type NumberFormat,
  type RequestedSize,
  type TableRow,
} from './tree.js';
import { append } from '../../core/lists.js';
import { placeCells, rowWidths } from './table-grid.js';
import { plainTextAsHtml } from '../../core/plain-text.js';

/**
 * Two dialects share one walker. Rich text is what a writer stores in a section (the HTML subset of
 * `core/model/richtext.ts`); template markup is what a filled `.hbs` template emits: the same elements plus
 * the ones only a template may use (title, h1, metadata tables, page breaks, the running header, and
 * `<richtext ref>` that splices in a section's already-parsed content). User text never reaches the markup
 * as markup: Handlebars escapes it, and section content enters only through `<richtext ref>`.
 */
interface Dialect {
  readonly blockTags: ReadonlySet<string>;
  readonly inlineTags: ReadonlySet<string>;
  readonly describe: string;
}

const richTextTags = (kind: 'block' | 'inline' | 'part'): string[] =>
  Object.entries(RICH_TEXT_ELEMENTS)
    .filter(([, element]) => element.kind === kind)
    .map(([tag]) => tag);

const RICH_TEXT: Dialect = {
  blockTags: new Set(richTextTags('block')),
  inlineTags: new Set(richTextTags('inline')),
  describe: Object.keys(RICH_TEXT_ELEMENTS).join(', '),
};

/** The most columns or rows one cell may span: more is a mistake, not a table. */
const MAX_SPAN = 100;

/** HTML's list types: type="a" counts a, b, c. Case matters, as in HTML: "A" counts A, B, C. */
export const NUMBER_FORMATS: Readonly<Record<string, NumberFormat>> = {
  '1': 'decimal',
  a: 'lower-letter',
  A: 'upper-letter',
  i: 'lower-roman',
  I: 'upper-roman',
};

const TEMPLATE_ONLY = { block: ['title', 'h1', 'pagebreak', 'keep', 'richtext'], inline: ['footnote'] };
/** A picture comes from the memo's folder: a template has none, so it places pictures only through a section. */
const SECTION_ONLY: ReadonlySet<string> = new Set(['img', 'figure', 'figcaption']);
const TEMPLATE_MARKUP: Dialect = {
  blockTags: new Set([...richTextTags('block').filter((t) => !SECTION_ONLY.has(t)), ...TEMPLATE_ONLY.block]),
  inlineTags: new Set([...richTextTags('inline'), ...TEMPLATE_ONLY.inline]),
  describe: [
    ...Object.keys(RICH_TEXT_ELEMENTS).filter((t) => !SECTION_ONLY.has(t)),
    ...TEMPLATE_ONLY.block,
    ...TEMPLATE_ONLY.inline,
    'running-header',
  ].join(', '),
};

// Far deeper than any memo, and shallow enough that walking it cannot exhaust the stack.
const MAX_NESTING = 100;

const HEADING_LEVELS = { title: 'title', h1: 1, h2: 2, h3: 3 } as const;
const LINK_SCHEMES = /^(https?:|mailto:)/i;
// HTML collapses these, but not the no-break space a writer may have typed on purpose. The control characters XML
// can hold (tab, line breaks, DEL and C1) count as space too, so that the words around them stay apart.
const COLLAPSIBLE_SPACE = /[ \p{Cc}]+/gu;
// A "<" that starts a tag: a letter, or "/" and a letter, follow.
const TAG_START = /<\/?[a-z]/i;
const NUMERIC_REFERENCE = /&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))/g;
/** HTML's width and height of an image: a whole number of pixels. */
const PIXELS = /^\s*([1-9]\d{0,4})\s*$/;

class Walker {
  private nesting = 0;
  private listDepth = 0;
  private characterReported = false;
  /** The place (from 1) among the section's blocks of the one being read, which a writer counts to find it. */
  private place = 0;
  /** The list or table being walked, where a picture cannot stand: it would have to fit a cell or an indent. */
  private container: string | undefined;

  constructor(
    private readonly dialect: Dialect,
    private readonly path: string,
    private readonly issues: Issue[],
    private readonly spliced: readonly Block[][] = [],
    private readonly images: MemoImages = new Map(),
  ) {}

  private problem(message: string): void {
    this.issues.push({ path: this.path, message });
  }

  /**
   * The schema checks the raw text, but references such as `&#xFFFF;` only become characters here, when the parser
   * decodes them: a character XML forbids would make the document unreadable. One report per text is enough.
   */
  private checkCharacters(text: string, where = ''): void {
    const char = forbiddenCharacter(text);
    if (char === undefined || this.characterReported) return;
    this.characterReported = true;
    this.problem(`${where}bevat het teken ${char}, dat niet in een document kan`);
  }

  /**
   * A reference to a surrogate, to U+0000 or beyond Unicode is decoded to U+FFFD, as HTML prescribes; the writer
   * meant something else, so it is refused like the other forbidden characters, as it was written.
   */
  checkReferences(html: string): void {
    for (const match of html.matchAll(NUMERIC_REFERENCE)) {
      const code = match[1] === undefined ? Number(match[2]) : parseInt(match[1], 16);
      const char =
        code > 0x10ffff ? `U+${code.toString(16).toUpperCase()}` : forbiddenCharacter(codePointText(code));
      if (char === undefined || this.characterReported) continue;
      this.characterReported = true;
      this.problem(`bevat het teken ${char} (geschreven als ${match[0]};), dat niet in een document kan`);
    }
  }

  /**
   * What the walk would pass over without a word: an attribute the subset does not have, a span that says it is
   * something other than a footnote, and comments and declarations (`<!-- … -->`, `<!DOCTYPE>`), which HTML does not
   * show. Each attribute is reported once per element name, and only the first comment, so that pasted HTML full of
   * them gives a short list. Iterative, as the tree may be deeper than the walk goes.
   */
  checkHidden(nodes: readonly ChildNode[], html: string): void {
    const reported = new Set<string>();
    let commentReported = false;
    const stack = [...nodes].reverse();
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if ((isComment(node) || isDirective(node)) && !commentReported) {
        commentReported = true;
        const source = html.slice(node.startIndex ?? 0, (node.endIndex ?? html.length) + 1);
        this.problem(`${quote(source)} komt niet in het document; haal het weg`);
      }
      if (!isTag(node)) continue;
      append(stack, [...node.children].reverse());
      if (!(node.name in RICH_TEXT_ELEMENTS)) continue;
      const allowed = RICH_TEXT_ATTRIBUTES[node.name] ?? [];
      for (const [name, value] of Object.entries(node.attribs)) {
        const key = `${node.name} ${name}`;
        if (reported.has(key)) continue;
        if (!allowed.includes(name)) {
          reported.add(key);
          const known = allowed.length > 0 ? ` (<${node.name}> kent: ${allowed.join(', ')})` : '';
          this.problem(
            `<${node.name}> heeft het attribuut ${name}=${quote(value)}, dat niet in het document komt; haal het weg${known}`,
          );
        } else if (name === 'data-type' && value !== 'footnote') {
          reported.add(key);
          this.problem(
            `<span> met data-type=${quote(value)}: alleen data-type="footnote" (een voetnoot) bestaat; haal het weg`,
          );
        }
      }
    }
  }

  /**
   * A tag without its ">" at the end of the content ("… <b", "… </b"): HTML drops it and everything after it
   * without a word, so it is refused, with what the writer may have meant.
   */
  checkUnfinishedTag(html: string): void {
    const rest = html.slice(html.lastIndexOf('>') + 1);
    const start = TAG_START.exec(rest)?.index;
    if (start === undefined) return;
    const tail = rest.slice(start);
    this.problem(
      `${quote(tail.trim())} is een tag zonder ">"; maak haar af, of schrijf een losse "<" als &lt;`,
    );
  }

  /** Runs `walk` one level deeper, or reports the nesting once and gives up on it when it goes too deep. */
  private deeper<T>(empty: T, walk: () => T): T {
    if (this.nesting >= MAX_NESTING) {
      if (this.nesting++ === MAX_NESTING)
        this.problem(`de opmaak is dieper genest dan ${MAX_NESTING} niveaus`);
      this.nesting--;
      return empty;
    }
    this.nesting++;
    try {
      return walk();
    } finally {
      this.nesting--;
    }
  }

  /** Block context: runs of loose text and inline elements become one paragraph each. */
  blocks(nodes: readonly ChildNode[]): Block[] {
    return this.deeper([], () => this.blocksAt(nodes));
  }

  private blocksAt(nodes: readonly ChildNode[]): Block[] {
    const out: Block[] = [];
    let pending: ChildNode[] = [];
    const flush = (): void => {
      const content = tidy(this.inlines(pending, NO_MARKS, false));
      if (content.length > 0) out.push({ kind: 'paragraph', content });
      pending = [];
    };
    for (const node of nodes) {
      if (isTag(node) && this.dialect.blockTags.has(node.name)) {
        flush();
        if (this.nesting === 1) this.place = out.length + 1;
        append(out, this.block(node));
      } else if (isTag(node) && !this.dialect.inlineTags.has(node.name)) {
        flush();
        this.unknown(node);
      } else {
        pending.push(node);
      }
    }
    flush();
    return out;
  }

  /** Walks the blocks of a list item or a cell, which `where` names in a message. */
  private inside(where: string, nodes: readonly ChildNode[]): Block[] {
    const outer = this.container;
    this.container ??= where;
    try {
      return this.blocks(nodes);
    } finally {
      this.container = outer;
    }
  }

  private block(el: Element): Block[] {
    switch (el.name) {
      case 'p': {
        // An editor writes a picture of its own as the one thing in a paragraph: that is a picture, not text.
        const image = soleImage(el);
        if (image) return this.figure(image);
        return [{ kind: 'paragraph', content: tidy(this.inlines(el.children, NO_MARKS, false)) }];
      }
      case 'img':
        return this.figure(el);
      case 'figure':
        return this.figureElement(el);
      case 'title':
      case 'h1':
      case 'h2':
      case 'h3': {
        const content = tidy(this.inlines(el.children, NO_MARKS, false));
        if (content.length === 0) return [];
        return [{ kind: 'heading', level: HEADING_LEVELS[el.name], content }];
      }
      case 'ul':
      case 'ol': {
        if (this.listDepth >= MAX_LIST_DEPTH) {
          this.problem(`een opsomming is dieper genest dan ${MAX_LIST_DEPTH} niveaus`);
          return [];
        }
        this.listDepth++;
        const items = this.listItems(el);
        this.listDepth--;
        const numbering = el.name === 'ol' ? this.listNumbering(el) : undefined;
        return [{ kind: 'list', ordered: el.name === 'ol', items, ...(numbering && { numbering }) }];
      }
      case 'table': {
        const rows = this.rows(el);
        if (rows.length === 0) {
          this.problem('een tabel heeft geen rijen met cellen');
          return [];
        }
        const [overlap] = placeCells(rows).overlapping;
        if (overlap !== undefined) {
          this.problem(
            `in een tabel valt een cel van rij ${overlap + 1} over een cel die met rowspan van boven doorloopt; pas colspan of rowspan aan`,
          );
        }
        if (this.dialect === RICH_TEXT) this.checkRowWidths(rows);
        const weights = this.columnWeights(el.attribs.kolommen);
        const variant = el.attribs.class === 'metadata' ? 'metadata' : 'grid';
        const caption = this.caption(el);
        return [
          { kind: 'table', variant, rows, ...(weights ? { weights } : {}), ...(caption && { caption }) },
        ];
      }
      case 'pagebreak':
        return [{ kind: 'pagebreak' }];
      case 'keep': {
        // Paragraphs that belong together on one page, such as a signature: each is kept with the next.
        const blocks = this.blocks(el.children);
        return blocks.map((b, i) =>
          b.kind === 'paragraph' && i < blocks.length - 1 ? { ...b, keepWithNext: true } : b,
        );
      }
      case 'richtext': {
        const blocks = this.spliced[Number(el.attribs.ref)];
        if (blocks === undefined) {
          this.problem(`<richtext ref="${el.attribs.ref ?? ''}"> verwijst naar geen opgemaakte tekst`);
          return [];
        }
        return blocks;
      }
      default:
        return [];
    }
  }

  /**
   * A numbered list's `type` and `start`, when the writer gave either; undefined for the default (1., then a., then
   * i. in nested lists). A value that says nothing Word can count is refused by name, never ignored.
   */
  private listNumbering(list: Element): ListNumbering | undefined {
    const { type, start } = list.attribs;
    if (type === undefined && start === undefined) return undefined;
    const format = type === undefined ? 'decimal' : NUMBER_FORMATS[type];
    if (format === undefined) {
      this.problem(`een genummerde opsomming met type ${quote(type ?? '')}: kies 1, a, A, i of I`);
    }
    const first = start === undefined ? 1 : /^\d{1,5}$/.test(start.trim()) ? Number(start) : undefined;
    if (first === undefined) {
      this.problem(
        `een genummerde opsomming met start ${quote(start ?? '')}: schrijf een heel getal, zoals start="3"`,
      );
    }
    return format === undefined || first === undefined ? undefined : { format, start: first };
  }

  private listItems(list: Element): Block[][] {
    const items: Block[][] = [];
    for (const child of list.children) {
      if (isTag(child) && child.name === 'li') items.push(this.inside('een opsomming', child.children));
      else if (isTag(child)) this.problem(`in een opsomming staat <${child.name}> waar <li> hoort`);
      else this.looseText(child, 'een opsomming');
    }
    return items;
  }

  /** A table's caption, printed above it; one at most, as in HTML. */
  private caption(table: Element): Inline[] | undefined {
    const captions = table.children.filter((c): c is Element => isTag(c) && c.name === 'caption');
    if (captions.length > 1) this.problem('een tabel heeft meer dan één bijschrift (<caption>)');
    const [first] = captions;
    const content = first && tidy(this.inlines(first.children, NO_MARKS, false));
    return content && content.length > 0 ? content : undefined;
  }

  /**
   * `<figure>`: one `<img>` and at most one `<figcaption>`, which stands above the picture when written before it and
   * below it otherwise, as a browser shows it. Anything else in it is refused by name.
   */
  private figureElement(el: Element): Block[] {
    const images: Element[] = [];
    const captions: Element[] = [];
    for (const child of el.children) {
      if (!isTag(child)) this.looseText(child, 'een <figure>', 'het bijschrift (<figcaption>)');
      else if (child.name === 'img') images.push(child);
      else if (child.name === 'figcaption') captions.push(child);
      else this.problem(`in een <figure> staat <${child.name}> waar <img> of <figcaption> hoort`);
    }
    if (images.length > 1)
      this.problem('een <figure> bevat meer dan één <img>; geef elke afbeelding haar eigen <figure>');
    if (captions.length > 1) this.problem('een <figure> heeft meer dan één bijschrift (<figcaption>)');
    const [image] = images;
    const [caption] = captions;
    if (image === undefined) {
      this.problem('een <figure> zonder afbeelding (<img>)');
      return [];
    }
    const content = caption && tidy(this.inlines(caption.children, NO_MARKS, false));
    const above = caption !== undefined && el.children.indexOf(caption) < el.children.indexOf(image);
    return this.figure(image, content && content.length > 0 ? { content, above } : undefined);
  }

  /**
   * A picture from the memo's folder (`src`), read beforehand into `images`: its file must be there and whole, and it
   * must say what it shows (`alt`) for a reader who cannot see it. Every problem of the image is reported at once.
   */
  private figure(img: Element, caption?: { content: Inline[]; above: boolean }): Block[] {
    const src = img.attribs.src ?? '';
    const named = `afbeelding ${quote(src)}`;
    const before = this.issues.length;
    if (this.container !== undefined) {
      this.problem(`${named} staat in ${this.container}; zet haar in een eigen alinea erboven of eronder`);
    }
    const nameProblem = imageNameProblem(src);
    if (nameProblem !== undefined) this.problem(nameProblem);
    const alt = (img.attribs.alt ?? '').replace(COLLAPSIBLE_SPACE, ' ').trim();
    if (alt === '') {
      this.problem(
        `${named} heeft geen alt-tekst: beschrijf in alt wat zij laat zien, voor wie haar niet kan zien, zoals alt="Organogram van de afdeling Ruimte"`,
      );
    }
    this.checkCharacters(alt, `de alt-tekst van ${named} `);
    const size = this.requestedSize(img, named);
    const picture = nameProblem === undefined ? (this.images.get(src) ?? NO_FOLDER) : undefined;
    if (typeof picture === 'string') this.problem(`${named}: ${picture}`);
    if (picture === undefined || typeof picture === 'string' || this.issues.length > before) return [];
    return [{ kind: 'figure', src, alt, picture, ...(size && { size }), ...(caption && { caption }) }];
  }

  /** The size the writer gave in HTML's `width` and `height` (pixels), if any; anything else is refused by name. */
  private requestedSize(img: Element, named: string): RequestedSize | undefined {
    const size: RequestedSize = {};
    for (const [attribute, key] of [
      ['width', 'widthPx'],
      ['height', 'heightPx'],
    ] as const) {
      const value = img.attribs[attribute];
      if (value === undefined) continue;
      const pixels = PIXELS.exec(value)?.[1];
      if (pixels === undefined) {
        this.problem(
          `${named} met ${attribute} ${quote(value)}: schrijf een aantal pixels, zoals ${attribute}="400", of laat ${attribute} weg`,
        );
      } else {
        size[key] = Number(pixels);
      }
    }
    return size.widthPx === undefined && size.heightPx === undefined ? undefined : size;
  }

  /** A cell's colspan or rowspan: a whole number from 1; anything else is refused by name, never ignored. */
  private span(cell: Element, name: 'colspan' | 'rowspan'): number {
    const value = cell.attribs[name];
    if (value === undefined) return 1;
    if (/^\s*[1-9]\d{0,2}\s*$/.test(value) && Number(value) <= MAX_SPAN) return Number(value);
    this.problem(`een cel met ${name} ${quote(value)}: schrijf een heel getal van 1 tot en met ${MAX_SPAN}`);
    return 1;
  }

  private rows(table: Element, inHead = false): TableRow[] {
    const rows: TableRow[] = [];
    // Rows straight in the table or in one <thead> or <tbody> are a group, as HTML's row groups: a rowspan ends
    // with its group, and a cell of the head never reaches into the body.
    let group: TableRow[] = [];
    const closeGroup = (): void => {
      append(rows, withinGroup(group));
      group = [];
    };
    for (const child of table.children) {
      if (!isTag(child)) {
        this.looseText(child, 'een tabel');
        continue;
      }
      if (child.name === 'caption' && !inHead) continue;
      if (child.name === 'thead' || child.name === 'tbody') {
        closeGroup();
        append(rows, this.rows(child, child.name === 'thead'));
      } else if (child.name === 'tr') {
        for (const node of child.children) if (!isTag(node)) this.looseText(node, 'een tabelrij');
        const cells = child.children.filter(isTag);
        const wrong = cells.find((c) => c.name !== 'th' && c.name !== 'td');
        if (wrong) this.problem(`in een tabelrij staat <${wrong.name}> waar <td> of <th> hoort`);
        const real = cells.filter((c) => c.name === 'th' || c.name === 'td');
        if (real.length === 0) continue;
        const spans = real.map((c) => ({ columns: this.span(c, 'colspan'), rows: this.span(c, 'rowspan') }));
        group.push({
          header: inHead || real.every((c) => c.name === 'th'),
          cells: real.map((c) => this.inside('een tabel', c.children)),
          ...(spans.some((span) => span.columns > 1 || span.rows > 1) && { spans }),
        });
      } else {
        this.problem(`in een tabel staat <${child.name}> waar <tr> hoort`);
      }
    }
    closeGroup();
    return rows;
  }

  /**
   * A writer's table whose rows are not equally wide would get empty cells it never had, or a header too narrow for
   * its columns: refused, naming the table by its place in the section and the first row that differs from the top.
   */
  private checkRowWidths(rows: readonly TableRow[]): void {
    const widths = rowWidths(rows);
    const [top] = widths;
    const other = widths.findIndex((width) => width !== top);
    if (top === undefined || other < 0) return;
    const first = rows[0]?.header ? 'de kop' : 'de eerste rij';
    const spanned = rows.some((row) => row.spans !== undefined);
    const width = widths[other] ?? 0;
    const row = spanned
      ? `een rij die ${String(width)} ${width === 1 ? 'kolom' : 'kolommen'} vult (rij ${String(other + 1)}), ${first} vult er ${String(top)}`
      : `een rij met ${String(width)} ${width === 1 ? 'cel' : 'cellen'} (rij ${String(other + 1)}), ${first} heeft er ${String(top)}`;
    this.problem(
      `de tabel in alinea ${String(this.place)} heeft ${row}; geef elke rij evenveel cellen, of voeg cellen samen met colspan`,
    );
  }

  /** `kolommen="2,6,3"`: the relative widths a template gives a table's columns. */
  private columnWeights(attribute: string | undefined): number[] | undefined {
    if (attribute === undefined) return undefined;
    const weights = attribute.split(',').map(Number);
    if (weights.some((w) => !(w > 0))) {
      this.problem(`kolommen=${quote(attribute)} is geen lijst van positieve getallen`);
      return undefined;
    }
    return weights;
  }

  /** Text between the rows of a table or the items of a list belongs to no cell or item: say so, do not drop it. */
  private looseText(node: ChildNode, where: string, outside = 'een cel of punt'): void {
    // Only the white space HTML collapses may stand there: a no-break space is text, and would be lost.
    if (!isText(node) || node.data.replace(COLLAPSIBLE_SPACE, '') === '') return;
    const text = node.data.replace(COLLAPSIBLE_SPACE, ' ').trim();
    const shown =
      text === ''
        ? `het teken ${codePoints(node.data.replace(COLLAPSIBLE_SPACE, ''))}`
        : `tekst ${quote(text)}`;
    this.problem(`${shown} staat los in ${where}, buiten ${outside}`);
  }

  inlines(nodes: readonly ChildNode[], marks: Marks, inFootnote: boolean): Inline[] {
    return this.deeper([], () => this.inlinesAt(nodes, marks, inFootnote));
  }

  private inlinesAt(nodes: readonly ChildNode[], marks: Marks, inFootnote: boolean): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      if (isText(node)) {
        this.checkCharacters(node.data);
        const text = node.data.replace(COLLAPSIBLE_SPACE, ' ');
        if (text) out.push({ kind: 'text', text, marks });
      } else if (isTag(node)) {
        append(out, this.inline(node, marks, inFootnote));
      }
    }
    return out;
  }

  private inline(el: Element, marks: Marks, inFootnote: boolean): Inline[] {
    if (el.name === 'img' && this.dialect.blockTags.has('img')) {
      this.problem(
        `een afbeelding (<img> ${quote(el.attribs.src ?? '')}) staat midden in de tekst; zet haar in een eigen alinea (<p><img src="…" alt="…"></p>) of in een <figure>`,
      );
      return [];
    }
    if (!this.dialect.inlineTags.has(el.name)) {
      this.unknown(el, 'in een alinea');
      return [];
    }
    switch (el.name) {
      case 'br':
        return [{ kind: 'break' }];
      case 'b':
      case 'strong':
        return this.inlines(el.children, { ...marks, bold: true }, inFootnote);
      case 'i':
      case 'em':
        return this.inlines(el.children, { ...marks, italic: true }, inFootnote);
      case 'u':
        return this.inlines(el.children, { ...marks, underline: true }, inFootnote);
      case 'sup':
        return this.inlines(el.children, { ...marks, position: 'superscript' }, inFootnote);
      case 'sub':
        return this.inlines(el.children, { ...marks, position: 'subscript' }, inFootnote);
      case 'a': {
        const href = el.attribs.href ?? '';
        this.checkCharacters(href, 'een link ');
        const content = this.inlines(el.children, marks, inFootnote);
        if (!LINK_SCHEMES.test(href)) {
          this.problem(`link ${quote(href)} begint niet met https:, http: of mailto:`);
          return content;
        }
        return [{ kind: 'link', href, content }];
      }
      case 'span':
        if (el.attribs['data-type'] !== 'footnote') return this.inlines(el.children, marks, inFootnote);
        return this.footnote(el, inFootnote);
      case 'footnote':
        return this.footnote(el, inFootnote);
      default:
        return [];
    }
  }

  private footnote(el: Element, inFootnote: boolean): Inline[] {
    if (inFootnote) {
      this.problem('een voetnoot kan geen voetnoot bevatten');
      return [];
    }
    const content = tidy(this.inlines(el.children, NO_MARKS, true));
    if (content.length === 0) {
      this.problem('een voetnoot is leeg');
      return [];
    }
    return [{ kind: 'footnote', content }];
  }

  private unknown(el: Element, where = ''): void {
    const known = (RICH_TEXT_ELEMENTS as Record<string, { kind: string } | undefined>)[el.name];
    if (known?.kind === 'part') {
      const home =
        el.name === 'li' ? 'een <ul> of <ol>' : el.name === 'figcaption' ? 'een <figure>' : 'een <table>';
      this.problem(`<${el.name}> staat hier los; het hoort in ${home}`);
      return;
    }
    const place = where ? ` ${where}` : '';
    this.problem(`<${el.name}> is${place} niet toegestaan; toegestaan zijn: ${this.dialect.describe}`);
  }
}

/** The rows of one row group, each rowspan ending with the group as in HTML (rowspan="3" in its last row is 1). */
function withinGroup(rows: readonly TableRow[]): TableRow[] {
  return rows.map((row, r) =>
    row.spans
      ? { ...row, spans: row.spans.map((span) => ({ ...span, rows: Math.min(span.rows, rows.length - r) })) }
      : row,
  );
}

/**
 * Trims the whitespace at the edges of a paragraph and the doubled spaces where two text runs meet, as a browser
 * would show them.
 */
function tidy(content: Inline[]): Inline[] {
  const out: Inline[] = [];
  let atLineStart = true;
  for (const node of content) {
    if (node.kind !== 'text') {
      out.push(node);
      atLineStart = node.kind === 'break';
      continue;
    }
    const text = atLineStart ? node.text.replace(/^ +/, '') : node.text;
    if (text === '') continue;
    out.push({ ...node, text });
    atLineStart = text.endsWith(' ');
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const node = out[i];
    if (node?.kind !== 'text') break;
    const text = node.text.replace(/ +$/, '');
    if (text) {
      out[i] = { ...node, text };
      break;
    }
    out.splice(i, 1);
  }
  return out;
}

/** The `<img>` that is the one thing in a paragraph, whitespace aside. */
function soleImage(p: Element): Element | undefined {
  const tags = p.children.filter(isTag);
  const [only] = tags;
  const blank = p.children.every((node) => isTag(node) || (isText(node) && node.data.trim() === ''));
  return tags.length === 1 && only?.name === 'img' && blank ? only : undefined;
}

/**
 * A section's stored rich text as HTML, parsed as a browser would (plain text laid out as paragraphs first). Each
 * node knows where it stands, so that a comment can be shown as the writer wrote it.
 */
function sectionDom(html: string): Document {
  return parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    withStartIndices: true,
    withEndIndices: true,
  });
}

/**
 * Parses one section's stored rich text. Problems are added to `issues` under `path`. Its pictures come from
 * `images`, read beforehand (imageSources); a picture not among them is refused as having no folder to come from.
 */
export function parseRichText(inhoud: string, path: string, issues: Issue[], images?: MemoImages): Block[] {
  const html = plainTextAsHtml(inhoud);
  const dom = sectionDom(html);
  const walker = new Walker(RICH_TEXT, path, issues, [], images);
  walker.checkReferences(html);
  walker.checkHidden(dom.children, html);
  walker.checkUnfinishedTag(html);
  return walker.blocks(dom.children);
}

/**
 * Every image the sections name that could be a file in the memo's folder, each once: what the caller reads before
 * rendering, parsed as parseRichText parses it, so that `src="a&amp;b.png"` is the file `a&b.png`.
 */
export function imageSources(inhouden: readonly string[]): string[] {
  const found = new Set<string>();
  const walk = (nodes: readonly ChildNode[]): void => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      const src = node.attribs.src;
      if (node.name === 'img' && src !== undefined && imageNameProblem(src) === undefined) found.add(src);
      walk(node.children);
    }
  };
  for (const inhoud of inhouden) walk(sectionDom(plainTextAsHtml(inhoud)).children);
  return [...found];
}

/** Characters as their code points, for characters a reader cannot see: "U+00A0". */
function codePoints(text: string): string {
  return [...new Set(text)]
    .map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');
}

/** The character of a code point, a lone surrogate included (String.fromCodePoint would pair nothing with it). */
function codePointText(code: number): string {
  return code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code);
}

/** Parses what a filled template emitted, splicing in the sections' parsed rich text by reference. */
export function parseTemplateMarkup(
  markup: string,
  spliced: readonly Block[][],
  path: string,
  issues: Issue[],
): DocumentTree {
  const dom = parseDocument(markup, { xmlMode: true, decodeEntities: true });
  const walker = new Walker(TEMPLATE_MARKUP, path, issues, spliced);
  walker.checkReferences(markup);
  const runningHeader: Inline[] = [];
  const body: ChildNode[] = [];
  for (const node of dom.children) {
    if (isTag(node) && node.name === 'running-header') {
      append(runningHeader, tidy(walker.inlines(node.children, NO_MARKS, false)));
    } else {
      body.push(node);
    }
  }
  return { runningHeader, body: walker.blocks(body) };
}
