/**
 * Generators of section content for the property test of the engine's one rule (test/property-richtext.test.ts):
 * content in the documented subset as a small model, serialised to the HTML (or plain text) a writer stores, together
 * with what a reader must find in the document; and pieces outside the subset, each with the names a refusal must
 * give. The model, not a decoder, says what each entity means, so the test does not share the engine's parser.
 */
import fc from 'fast-check';

/** The marks of one character of text, as the document must show it. */
export interface CharMarks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  position: 'baseline' | 'superscript' | 'subscript';
  /** The link target, decoded, when the character is the text of a link. */
  href: string | undefined;
}

const PLAIN: CharMarks = {
  bold: false,
  italic: false,
  underline: false,
  position: 'baseline',
  href: undefined,
};

/** One piece of text: how the writer wrote it in HTML, and the characters it stands for. */
export interface Piece {
  html: string;
  text: string;
}

export type Inline =
  | { kind: 'text'; pieces: Piece[] }
  /** `upper`: the tag written in capitals (`<B>`), as older editors and pasted HTML have it. */
  | { kind: 'mark'; tag: MarkTag; upper?: boolean; children: Inline[] }
  | { kind: 'link'; href: Piece; children: Inline[] }
  | { kind: 'br'; html: string }
  | { kind: 'footnote'; children: Inline[] };

export type MarkTag = 'b' | 'strong' | 'i' | 'em' | 'u' | 'sup' | 'sub' | 'span';

export type ListType = '1' | 'a' | 'A' | 'i' | 'I';

export interface Cell {
  th: boolean;
  colspan: number;
  rowspan: number;
  content: Block[];
}

export type Block =
  | { kind: 'p'; children: Inline[] }
  /** Inline content standing loose between blocks: the engine takes it as a paragraph. */
  | { kind: 'loose'; children: Inline[] }
  | { kind: 'heading'; level: 2 | 3; children: Inline[] }
  | { kind: 'list'; ordered: boolean; type?: ListType; start?: number; items: Block[][] }
  | { kind: 'table'; caption?: Inline[]; head: Cell[][]; body: Cell[][] };

// ---------------------------------------------------------------------------------------------------------------
// Text

const WORDS = [
  'De',
  'gemeente',
  'Financiële',
  'coördinatie',
  'één',
  'café',
  'ruïne',
  'zeeën',
  'naïef',
  'privé',
  'IJsselmeer',
  "'s-Hertogenbosch",
  'Zuid-Holland',
  'M-2025-032',
  '(dorps)participatie',
  '€ 14.500',
  '€\u00A03,5 miljoen',
  '€',
  '10 km',
  'art. 5.1',
  'lid 3',
  '10 november 2017',
  '1 januari',
  '5 %',
  '17.00 uur',
  '200 m²',
  'CO2',
  '1e',
  'o.a.',
  'bijv.',
  '“citaat”',
  '‘motie’',
  'R&D',
  '1 < 2',
  'a > b',
  '💶',
  '𝔸',
  'x',
  '0',
].map((word): Piece => ({ html: word.replace('<', '&lt;'), text: word }));

/** Named and numeric character references, and what each stands for. */
const ENTITIES: readonly Piece[] = [
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&apos;', "'"],
  ['&#39;', "'"],
  ['&euro;', '€'],
  ['&#8364;', '€'],
  ['&#x20AC;', '€'],
  ['&#X20ac;', '€'],
  ['&eacute;', 'é'],
  ['&euml;', 'ë'],
  ['&iuml;', 'ï'],
  ['&nbsp;', '\u00A0'],
  ['&#160;', '\u00A0'],
  ['&#xa0;', '\u00A0'],
  ['&hellip;', '…'],
  ['&mdash;', '—'],
  ['&ndash;', '–'],
  ['&shy;', '\u00AD'],
  ['&copy;', '©'],
  ['&sup2;', '²'],
  ['&lsquo;', '‘'],
  ['&rsquo;', '’'],
  ['&ZeroWidthSpace;', '\u200B'],
  ['&#128182;', '💶'],
  ['&#x1F4B6;', '💶'],
  ['&#9;', '\t'],
  ['&#10;', '\n'],
  ['&#32;', ' '],
  ['&bogus;', '&bogus;'],
  ['&amp;lt;', '&lt;'],
].map(([html, text]) => ({ html: html ?? '', text: text ?? '' }));

/**
 * White space of every kind a writer pastes: the ASCII white space HTML collapses, and characters that look like
 * space but are text (no-break, thin and ideographic spaces, zero-width characters, the soft hyphen, a direction mark).
 */
const SPACES: readonly string[] = [
  ' ',
  '  ',
  '   ',
  '\t',
  '\n',
  '\r\n',
  ' \n\t ',
  '\u00A0',
  '\u00A0\u00A0',
  '\u2009',
  '\u202F',
  '\u3000',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '\u200E',
  // NEL: the engine takes the C1 control characters as space (see COLLAPSIBLE below).
  '\u0085',
];

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...SPACES).map((s) => ({ html: s, text: s })) },
  { weight: 2, arbitrary: fc.constantFrom(...ENTITIES) },
  {
    weight: 1,
    // Any letters and digits, so that the test is not limited to the words above.
    arbitrary: fc
      .string({
        unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyzäöüßçñÅØ0123456789.,;:!?-()/')),
        minLength: 1,
        maxLength: 8,
      })
      .map((s) => ({ html: s, text: s })),
  },
);

/** A run of text with at least one character that is not white space. */
const words: fc.Arbitrary<Piece[]> = fc
  .tuple(fc.array(piece, { maxLength: 4 }), fc.constantFrom(...WORDS), fc.array(piece, { maxLength: 4 }))
  .map(([before, word, after]) => [...before, word, ...after]);

// ---------------------------------------------------------------------------------------------------------------
// Inline content

const HREFS: readonly Piece[] = [
  ['https://www.voorbeeld.nl/', 'https://www.voorbeeld.nl/'],
  ['https://voorbeeld.nl/zoek?wijk=noord&amp;jaar=2026', 'https://voorbeeld.nl/zoek?wijk=noord&jaar=2026'],
  ['http://voorbeeld.nl/caf%C3%A9', 'http://voorbeeld.nl/caf%C3%A9'],
  ['mailto:griffie@voorbeeld.nl', 'mailto:griffie@voorbeeld.nl'],
  ['HTTPS://VOORBEELD.NL/Raad', 'HTTPS://VOORBEELD.NL/Raad'],
].map(([html, text]) => ({ html: html ?? '', text: text ?? '' }));

const MARK_TAGS: readonly MarkTag[] = ['b', 'strong', 'i', 'em', 'u', 'sup', 'sub', 'span'];

const text: fc.Arbitrary<Inline> = words.map((pieces) => ({ kind: 'text', pieces }));
const br: fc.Arbitrary<Inline> = fc
  .constantFrom('<br>', '<br/>', '<br />', '<BR>')
  .map((html) => ({ kind: 'br', html }));

/**
 * Inline content; `footnotes` says whether a footnote may stand in it (not in a footnote), `links` whether a link may
 * (not in a link: HTML closes the outer link where another opens).
 */
const inlineContent = (footnotes: boolean, links = true): fc.Arbitrary<Inline[]> =>
  fc.letrec<{ node: Inline; nodes: Inline[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: text },
      { weight: 1, arbitrary: br },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom(...MARK_TAGS), fc.boolean(), tie('nodes'))
          .map(([tag, upper, children]): Inline => ({
            kind: 'mark',
            tag,
            ...(upper && { upper }),
            children,
          })),
      },
      ...(links
        ? [
            {
              weight: 1,
              arbitrary: fc
                .tuple(fc.constantFrom(...HREFS), inlineContent(footnotes, false))
                .map(([href, children]): Inline => ({ kind: 'link', href, children })),
            },
          ]
        : []),
      ...(footnotes
        ? [
            {
              weight: 1,
              arbitrary: fc.tuple(inlineContent(false, links), words).map(([children, pieces]): Inline => ({
                kind: 'footnote',
                children: [...children, { kind: 'text', pieces }],
              })),
            },
          ]
        : []),
    ),
    nodes: fc.array(tie('node'), { maxLength: 3 }),
  })).nodes;

/** Inline content with some text in it: a paragraph, heading or caption that says something. */
const sayingSomething = (footnotes: boolean): fc.Arbitrary<Inline[]> =>
  fc
    .tuple(inlineContent(footnotes), text, inlineContent(footnotes))
    .map(([before, middle, after]) => [...before, middle, ...after]);

// ---------------------------------------------------------------------------------------------------------------
// Blocks

const LIST_TYPES: readonly ListType[] = ['1', 'a', 'A', 'i', 'I'];

const paragraph: fc.Arbitrary<Block> = sayingSomething(true).map((children) => ({ kind: 'p', children }));
const loose: fc.Arbitrary<Block> = sayingSomething(true).map((children) => ({ kind: 'loose', children }));
const heading: fc.Arbitrary<Block> = fc
  .tuple(fc.constantFrom<2 | 3>(2, 3), sayingSomething(true))
  .map(([level, children]) => ({ kind: 'heading', level, children }));

/** A list, nested lists in its items up to `depth` levels deeper. */
const list = (depth: number): fc.Arbitrary<Block> =>
  fc
    .record({
      ordered: fc.boolean(),
      type: fc.option(fc.constantFrom(...LIST_TYPES), { nil: undefined }),
      start: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      items: fc.array(listItem(depth), { minLength: 1, maxLength: 3 }),
    })
    .map(({ ordered, type, start, items }): Block => ({
      kind: 'list',
      ordered,
      ...(ordered && type !== undefined && { type }),
      ...(ordered && start !== undefined && { start }),
      items,
    }));

const listItem = (depth: number): fc.Arbitrary<Block[]> =>
  fc.oneof(
    { depthSize: 'small' },
    sayingSomething(true).map((children): Block[] => [{ kind: 'loose', children }]),
    fc.constant<Block[]>([]),
    fc
      .tuple(fc.option(loose, { nil: undefined }), fc.array(paragraph, { maxLength: 2 }))
      .map(([first, rest]) => [...(first ? [first] : []), ...rest]),
    ...(depth > 0
      ? [
          fc
            .tuple(fc.option(loose, { nil: undefined }), list(depth - 1))
            .map(([first, nested]) => [...(first ? [first] : []), nested]),
          // A sub-heading or a table in an item; the table is taken lazily, as its cells hold lists.
          fc
            .tuple(
              fc.option(loose, { nil: undefined }),
              fc.oneof(
                heading,
                fc.constant(null).chain(() => table),
              ),
            )
            .map(([first, block]) => [...(first ? [first] : []), block]),
        ]
      : []),
  );

const cellContent: fc.Arbitrary<Block[]> = fc.oneof(
  fc.constant<Block[]>([]),
  sayingSomething(true).map((children): Block[] => [{ kind: 'loose', children }]),
  fc.array(paragraph, { minLength: 1, maxLength: 2 }),
  list(0).map((l) => [l]),
);

const cell = (th: fc.Arbitrary<boolean>): fc.Arbitrary<Cell> =>
  fc.record({
    th,
    colspan: fc.oneof(
      { weight: 4, arbitrary: fc.constant(1) },
      { weight: 1, arbitrary: fc.integer({ min: 2, max: 3 }) },
    ),
    rowspan: fc.oneof(
      { weight: 4, arbitrary: fc.constant(1) },
      { weight: 1, arbitrary: fc.integer({ min: 2, max: 3 }) },
    ),
    content: cellContent,
  });

const row = (th: fc.Arbitrary<boolean>): fc.Arbitrary<Cell[]> =>
  fc.array(cell(th), { minLength: 1, maxLength: 3 });

/** A row group's rows, each rowspan ending with the group, as HTML's table model has it. */
export function withinGroup(rows: readonly Cell[][]): Cell[][] {
  return rows.map((cells, r) => cells.map((c) => ({ ...c, rowspan: Math.min(c.rowspan, rows.length - r) })));
}

/** Whether a cell falls over a column that a cell from a row above covers: HTML's table model error. */
export function overlaps(rows: readonly Cell[][]): boolean {
  const covered = rows.map(() => new Set<number>());
  return rows.some((cells, r) => {
    let column = 0;
    return cells.some((c) => {
      while (covered[r]?.has(column)) column++;
      const spanned = Array.from({ length: c.colspan }, (_, i) => column + i);
      if (spanned.some((col) => covered[r]?.has(col))) return true;
      for (let below = r + 1; below < r + c.rowspan; below++)
        for (const col of spanned) covered[below]?.add(col);
      column += c.colspan;
      return false;
    });
  });
}

/** How many columns each row takes, with its own cells and those reaching into it from above (as HTML places them). */
function rowWidths(rows: readonly Cell[][]): number[] {
  const taken = rows.map(() => new Set<number>());
  rows.forEach((cells, r) => {
    let column = 0;
    for (const c of cells) {
      while (taken[r]?.has(column)) column++;
      for (let below = r; below < r + c.rowspan; below++) {
        for (let i = 0; i < c.colspan; i++) taken[below]?.add(column + i);
      }
      column += c.colspan;
    }
  });
  return taken.map((columns) => columns.size);
}

/** The rows with empty cells added at their ends, so that every row is as wide as the widest: a table, not a ragged list. */
function squared(head: Cell[][], body: Cell[][]): { head: Cell[][]; body: Cell[][] } {
  const widths = rowWidths([...withinGroup(head), ...withinGroup(body)]);
  const widest = Math.max(...widths);
  const pad = (rows: Cell[][], offset: number): Cell[][] =>
    rows.map((cells, r) => [
      ...cells,
      ...Array.from({ length: widest - (widths[offset + r] ?? widest) }, () => ({
        th: cells.every((c) => c.th),
        colspan: 1,
        rowspan: 1,
        content: [],
      })),
    ]);
  return { head: pad(head, 0), body: pad(body, head.length) };
}

const table: fc.Arbitrary<Block> = fc
  .record({
    caption: fc.option(sayingSomething(true), { nil: undefined }),
    head: fc.array(row(fc.constant(true)), { maxLength: 2 }),
    body: fc.array(row(fc.boolean()), { minLength: 1, maxLength: 3 }),
  })
  .filter(({ head, body }) => !overlaps([...withinGroup(head), ...withinGroup(body)]))
  .map(({ caption, head, body }): Block => ({
    kind: 'table',
    ...(caption && { caption }),
    ...squared(head, body),
  }));

/** Two loose runs side by side would be one run to the parser: keep a block between them. */
function separateLoose(blocks: Block[]): Block[] {
  return blocks.filter((block, i) => !(block.kind === 'loose' && blocks[i - 1]?.kind === 'loose'));
}

/** Section content in the documented subset, as a model. */
export const sectionContent: fc.Arbitrary<Block[]> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: paragraph },
      { weight: 1, arbitrary: loose },
      { weight: 1, arbitrary: heading },
      { weight: 2, arbitrary: list(2) },
      { weight: 2, arbitrary: table },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map(separateLoose);

// ---------------------------------------------------------------------------------------------------------------
// Serialising the model as HTML

/** ASCII white space between blocks, as an editor or a writer leaves it; the engine must ignore it. */
const GAPS = ['', '\n', '\n  ', '\t', ' '];

function gap(seed: number): string {
  return GAPS[seed % GAPS.length] ?? '';
}

function inlineHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return node.pieces.map((p) => p.html).join('');
        case 'br':
          return node.html;
        case 'mark': {
          const tag = node.upper ? node.tag.toUpperCase() : node.tag;
          return `<${tag}>${inlineHtml(node.children)}</${tag}>`;
        }
        case 'link':
          return `<a href="${node.href.html}">${inlineHtml(node.children)}</a>`;
        case 'footnote':
          return `<span data-type="footnote">${inlineHtml(node.children)}</span>`;
      }
    })
    .join('');
}

function cellHtml(c: Cell): string {
  const tag = c.th ? 'th' : 'td';
  const spans =
    (c.colspan > 1 ? ` colspan="${c.colspan}"` : '') + (c.rowspan > 1 ? ` rowspan='${c.rowspan}'` : '');
  return `<${tag}${spans}>${blocksHtml(c.content)}</${tag}>`;
}

function blockHtml(block: Block, at: number): string {
  switch (block.kind) {
    case 'p':
      return `<p>${inlineHtml(block.children)}</p>`;
    case 'loose':
      return inlineHtml(block.children);
    case 'heading':
      return `<h${block.level}>${inlineHtml(block.children)}</h${block.level}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const attributes =
        (block.type !== undefined ? ` type="${block.type}"` : '') +
        (block.start !== undefined ? ` start="${block.start}"` : '');
      const items = block.items.map((item, i) => `${gap(at + i)}<li>${blocksHtml(item)}</li>`).join('');
      return `<${tag}${attributes}>${items}${gap(at)}</${tag}>`;
    }
    case 'table': {
      const rows = (cells: readonly Cell[][]): string =>
        cells.map((r, i) => `${gap(at + i)}<tr>${r.map(cellHtml).join(gap(i))}</tr>`).join('');
      const caption = block.caption ? `<caption>${inlineHtml(block.caption)}</caption>` : '';
      const head = block.head.length > 0 ? `<thead>${rows(block.head)}</thead>` : '';
      const body = at % 2 === 0 ? `<tbody>${rows(block.body)}</tbody>` : rows(block.body);
      return `<table>${caption}${head}${gap(at)}${body}</table>`;
    }
  }
}

function blocksHtml(blocks: readonly Block[]): string {
  return blocks.map((block, i) => blockHtml(block, i) + (block.kind === 'loose' ? '' : gap(i + 1))).join('');
}

/** The section content as the HTML a writer stores. */
export function toHtml(blocks: readonly Block[]): string {
  return blocksHtml(blocks);
}

// ---------------------------------------------------------------------------------------------------------------
// What the document must hold

/** A character of text with its marks, or the edge of a paragraph (a block, a line break, a footnote's start or end). */
export type Token = { char: string; marks: CharMarks } | 'edge';

/** Everything the document must show of the content: its text in order, and each element of it by kind. */
export interface Expected {
  tokens: Token[];
  /** Each list item in reading order: bullet or number, its depth, and how its list counts. */
  items: { ordered: boolean; level: number; format: string; start: number }[];
  /** Paragraphs of a list item after the one that carries its bullet or number: they stay with the item. */
  continuations: number;
  /** Each sub-heading in reading order. */
  headings: { level: 2 | 3; text: string }[];
  footnotes: number;
  breaks: number;
  tables: ExpectedTable[];
}

export interface ExpectedTable {
  caption: string | undefined;
  /** Per row: whether it is a header row, and its cells' spans. */
  rows: { header: boolean; cells: { colspan: number; rowspan: number }[] }[];
}

/** How a numbered list without type or start counts at each depth (docx-styles.ts): 1., a., i., then again. */
const DEFAULT_FORMATS = ['decimal', 'lowerLetter', 'lowerRoman'];
const WORD_FORMATS: Readonly<Record<ListType, string>> = {
  '1': 'decimal',
  a: 'lowerLetter',
  A: 'upperLetter',
  i: 'lowerRoman',
  I: 'upperRoman',
};

class Reader {
  readonly out: Expected = {
    tokens: [],
    items: [],
    continuations: 0,
    headings: [],
    footnotes: 0,
    breaks: 0,
    tables: [],
  };

  private chars(text: string, marks: CharMarks): void {
    for (const char of text) this.out.tokens.push({ char, marks });
  }

  private edge(): void {
    this.out.tokens.push('edge');
  }

  inline(nodes: readonly Inline[], marks: CharMarks): void {
    for (const node of nodes) {
      switch (node.kind) {
        case 'text':
          for (const p of node.pieces) this.chars(p.text, marks);
          break;
        case 'br':
          this.out.breaks++;
          this.edge();
          break;
        case 'mark':
          this.inline(node.children, markedBy(node.tag, marks));
          break;
        case 'link':
          this.inline(node.children, { ...marks, href: node.href.text });
          break;
        case 'footnote':
          // A footnote's text is its own: it starts without the marks around its reference.
          this.out.footnotes++;
          this.edge();
          this.inline(node.children, PLAIN);
          this.edge();
          break;
      }
    }
  }

  blocks(blocks: readonly Block[], level: number, bold = false): void {
    for (const block of blocks) this.block(block, level, bold);
  }

  private block(block: Block, level: number, bold: boolean): void {
    this.edge();
    switch (block.kind) {
      case 'p':
      case 'loose':
        this.inline(block.children, { ...PLAIN, bold });
        break;
      case 'heading': {
        const start = this.out.tokens.length;
        this.inline(block.children, PLAIN);
        this.out.headings.push({ level: block.level, text: visibleText(this.out.tokens.slice(start)) });
        break;
      }
      case 'list':
        for (const item of block.items) {
          this.out.items.push({
            ordered: block.ordered,
            level,
            format: !block.ordered
              ? 'bullet'
              : block.type !== undefined
                ? WORD_FORMATS[block.type]
                : block.start !== undefined
                  ? 'decimal'
                  : (DEFAULT_FORMATS[level % 3] ?? 'decimal'),
            start: block.ordered ? (block.start ?? 1) : 1,
          });
          this.edge();
          // The first block carries the bullet when it is a paragraph; otherwise an empty paragraph does.
          const first = item[0]?.kind === 'p' || item[0]?.kind === 'loose' ? 1 : 0;
          this.out.continuations += item
            .slice(first)
            .filter((b) => b.kind === 'p' || b.kind === 'loose').length;
          this.blocks(item, level + 1);
        }
        break;
      case 'table': {
        let caption: string | undefined;
        if (block.caption) {
          const start = this.out.tokens.length;
          this.inline(block.caption, PLAIN);
          caption = visibleText(this.out.tokens.slice(start));
          this.edge();
        }
        const rows = [
          ...withinGroup(block.head).map((cells) => ({ header: true, cells })),
          ...withinGroup(block.body).map((cells) => ({ header: cells.every((c) => c.th), cells })),
        ];
        this.out.tables.push({
          caption,
          rows: rows.map((r) => ({
            header: r.header,
            cells: r.cells.map(({ colspan, rowspan }) => ({ colspan, rowspan })),
          })),
        });
        for (const r of rows) {
          for (const c of r.cells) {
            this.edge();
            // Header rows are bold, paragraph by paragraph; a list in a header cell keeps its own weight.
            for (const b of c.content) this.block(b, 0, r.header && (b.kind === 'p' || b.kind === 'loose'));
          }
        }
        break;
      }
    }
    this.edge();
  }
}

function markedBy(tag: MarkTag, marks: CharMarks): CharMarks {
  switch (tag) {
    case 'b':
    case 'strong':
      return { ...marks, bold: true };
    case 'i':
    case 'em':
      return { ...marks, italic: true };
    case 'u':
      return { ...marks, underline: true };
    case 'sup':
      return { ...marks, position: 'superscript' };
    case 'sub':
      return { ...marks, position: 'subscript' };
    case 'span':
      return marks;
  }
}

/** What a reader must find of section content given as a model. */
export function expectedOf(blocks: readonly Block[]): Expected {
  const reader = new Reader();
  reader.blocks(blocks, 0);
  return reader.out;
}

/**
 * White space the engine may collapse, as HTML does: runs of ASCII white space (space, tab, line feed, carriage
 * return) become one space, and the engine documents that it takes the other control characters a document can hold
 * (DEL and the C1 controls) as space too. No-break, thin and ideographic spaces and zero-width characters are text.
 */
export const COLLAPSIBLE = /[ \t\n\r\u007F-\u009F]/u;

/**
 * The text of tokens as the reader must see it, paragraph by paragraph: each run of collapsible white space one
 * space, and white space at the edges of a paragraph (where HTML drops it) gone; empty paragraphs left out.
 */
export function canonical(tokens: readonly Token[]): { char: string; marks: CharMarks }[][] {
  const paragraphs: { char: string; marks: CharMarks }[][] = [];
  let current: { char: string; marks: CharMarks }[] = [];
  const close = (): void => {
    while (current.length > 0 && current.at(-1)?.char === ' ') current.pop();
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  for (const token of tokens) {
    if (token === 'edge') {
      close();
      continue;
    }
    if (COLLAPSIBLE.test(token.char)) {
      if (current.length > 0 && current.at(-1)?.char !== ' ') current.push({ char: ' ', marks: token.marks });
      continue;
    }
    current.push(token);
  }
  close();
  return paragraphs;
}

function visibleText(tokens: readonly Token[]): string {
  return canonical(tokens)
    .map((p) => p.map((t) => t.char).join(''))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Plain text

/** A section written as plain text: paragraphs of lines, blank lines (perhaps holding spaces) between them. */
export interface PlainText {
  text: string;
  /** The lines of each paragraph, as the characters they stand for. */
  paragraphs: Piece[][][];
}

// What separates lines, and the blank lines that separate paragraphs.
const LINE_ENDS = ['\n', '\r\n', '\r'];
const BLANK_LINES = ['\n\n', '\r\n\r\n', '\n \t\n', '\n\n\n', '\r\n  \r\n'];

/**
 * In plain text a "<" and an ampersand that starts no reference are characters like any other. A ">" is left out:
 * with a "<" before it, it makes a tag, and the content is HTML.
 */
const PLAIN_ONLY: readonly Piece[] = [
  '<',
  'a<b',
  '<!',
  '<p',
  '1<2',
  '&',
  'R&notitie',
  '&not',
  '&amp',
  '& ',
].map((raw) => ({ html: raw, text: raw }));

const linePiece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 5, arbitrary: piece.filter((p) => !/[\r\n>]/.test(p.html)) },
  { weight: 1, arbitrary: fc.constantFrom(...PLAIN_ONLY) },
);
const line: fc.Arbitrary<Piece[]> = fc
  .tuple(
    fc.array(linePiece, { maxLength: 3 }),
    fc.constantFrom(...WORDS.filter((w) => !w.html.includes('>'))),
    fc.array(linePiece, { maxLength: 3 }),
  )
  .map(([before, word, after]) => [...before, word, ...after]);

export const plainText: fc.Arbitrary<PlainText> = fc
  .array(
    fc.tuple(
      fc.array(fc.tuple(line, fc.constantFrom(...LINE_ENDS)), { minLength: 1, maxLength: 3 }),
      fc.constantFrom(...BLANK_LINES),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((paragraphs) => ({
    text: paragraphs
      .map(([lines, blank]) =>
        lines
          .map(([l, end], i) => l.map((p) => p.html).join('') + (i < lines.length - 1 ? end : ''))
          .join('')
          .concat(blank),
      )
      .join(''),
    paragraphs: paragraphs.map(([lines]) => lines.map(([l]) => l)),
  }));

/** What a reader must find of plain text: each line its own run of text, every character in it. */
export function expectedOfPlain(plain: PlainText): Token[] {
  const tokens: Token[] = [];
  for (const lines of plain.paragraphs) {
    for (const l of lines) {
      tokens.push('edge');
      for (const p of l) for (const char of p.text) tokens.push({ char, marks: PLAIN });
    }
  }
  tokens.push('edge');
  return tokens;
}

// ---------------------------------------------------------------------------------------------------------------
// Outside the subset

/** A piece of content outside the subset, and what the refusal must name. */
export interface Outside {
  html: string;
  /** Each must occur in the message, case ignored: the element and what is wrong with it. */
  names: string[];
  /** A block or a part stands only where a block may (loose, in a list item, in a cell); inline pieces anywhere. */
  block?: boolean;
  /** A part that a cell or item would take in (a row closes the cell it is written in): only loose. */
  loose?: boolean;
  /** What must end the content: a tag without its ">", which a ">" further on would finish. */
  last?: boolean;
}

const OUTSIDE: readonly Outside[] = [
  // Elements the subset does not have.
  ...['div', 'h1', 'h4', 'blockquote', 'pre', 'center', 'iframe'].map((tag) => ({
    html: `<${tag}>tekst</${tag}>`,
    names: [`<${tag}>`],
    block: true,
  })),
  ...['font', 's', 'del', 'ins', 'mark', 'small', 'code'].map((tag) => ({
    html: `<${tag}>tekst</${tag}>`,
    names: [`<${tag}>`],
  })),
  { html: '<script>alert(1)</script>', names: ['<script>'] },
  { html: '<style>p { color: red }</style>', names: ['<style>'] },
  // An image without alt text: a reader who cannot see it would lose it (and there is no memo folder here).
  { html: '<img src="organogram.png">', names: ['afbeelding', '"organogram.png"'] },
  { html: '<hr>', names: ['<hr>'], block: true },
  { html: '<o:p>tekst</o:p>', names: ['<o:p>'] },
  // Attributes the subset does not have, which would be lost.
  { html: '<p class="MsoNormal">tekst</p>', names: ['<p>', 'class'], block: true },
  { html: '<p style="text-align: center">tekst</p>', names: ['<p>', 'style'], block: true },
  { html: '<span style="color: red">rood</span>', names: ['<span>', 'style'] },
  { html: '<b onclick="x()">vet</b>', names: ['<b>', 'onclick'] },
  { html: '<h2 align="center">kop</h2>', names: ['<h2>', 'align'], block: true },
  { html: '<a href="https://voorbeeld.nl" title="uitleg">link</a>', names: ['<a>', 'title'] },
  { html: '<ol reversed><li>een</li></ol>', names: ['<ol>', 'reversed'], block: true },
  { html: '<ul type="square"><li>een</li></ul>', names: ['<ul>', 'type'], block: true },
  { html: '<table><tr><td width="50">cel</td></tr></table>', names: ['<td>', 'width'], block: true },
  {
    html: '<table class="metadata"><tr><td>a</td><td>b</td><td>c</td></tr></table>',
    names: ['<table>', 'class'],
    block: true,
  },
  {
    html: '<table kolommen="1,2"><tr><td>a</td><td>b</td></tr></table>',
    names: ['<table>', 'kolommen'],
    block: true,
  },
  { html: '<span data-type="comment">tekst</span>', names: ['<span>', 'data-type', 'comment'] },
  // Values the engine cannot carry out.
  { html: '<a href="javascript:alert(1)">link</a>', names: ['javascript:alert(1)'] },
  { html: '<ol type="x"><li>een</li></ol>', names: ['type "x"'], block: true },
  { html: '<ol start="-1"><li>een</li></ol>', names: ['start "-1"'], block: true },
  { html: '<table><tr><td colspan="0">cel</td></tr></table>', names: ['colspan "0"'], block: true },
  {
    html: '<table><tr><td>a</td><td rowspan="2">b</td></tr><tr><td colspan="2">c</td></tr></table>',
    names: ['rij 2', 'rowspan'],
    block: true,
  },
  // Parts out of their place, and text that belongs to no part.
  { html: '<tr><td>losse rij</td></tr>', names: ['<tr>'], loose: true },
  { html: '<ul>los<li>een</li></ul>', names: ['"los"', 'opsomming'], block: true },
  { html: '<table>los<tr><td>cel</td></tr></table>', names: ['"los"', 'tabel'], block: true },
  { html: '<table><tr><td>cel</td></tr>\u00A0</table>', names: ['tabel'], block: true },
  { html: '<ol><li>een</li>\u00A0</ol>', names: ['opsomming'], block: true },
  { html: '<b><p>alinea in vet</p></b>', names: ['<p>'], block: true },
  // Footnotes the engine cannot make.
  { html: 'a<span data-type="footnote"> </span>', names: ['voetnoot'] },
  { html: 'a<span data-type="footnote">b<span data-type="footnote">c</span></span>', names: ['voetnoot'] },
  // What HTML does not show, but a writer wrote: it would vanish without a word.
  { html: '<!-- nog aanvullen -->', names: ['<!--'] },
  { html: '<![CDATA[tekst]]>', names: ['<!['] },
  { html: '<!DOCTYPE html>', names: ['<!doctype'] },
  { html: '<?xml version="1.0"?>', names: ['<?xml'] },
  // A tag without its ">" at the end, which HTML drops with what follows it.
  { html: 'kosten <b', names: ['"<b"', 'zonder ">"'], loose: true, last: true },
  { html: 'a</b\n\nc', names: ['"</b'], loose: true, last: true },
  // Characters no document can hold, written as references.
  { html: '&#xFFFE;', names: ['U+FFFE'] },
  { html: '&#1;', names: ['U+0001'] },
];

/** Where the piece outside the subset stands: loose, in a list item or a table cell, in a paragraph or a mark. */
const BLOCK_PLACES: readonly ((html: string) => string)[] = [
  (html) => html,
  (html) => `<ul><li>${html}</li></ul>`,
  (html) => `<table><tr><td>${html}</td></tr></table>`,
];
const INLINE_PLACES: readonly ((html: string) => string)[] = [
  ...BLOCK_PLACES,
  (html) => `<p>voor ${html} na</p>`,
  (html) => `<p><i>schuin ${html}</i></p>`,
];

/** Content in the subset with one piece outside it somewhere among its blocks. */
export const contentOutsideSubset: fc.Arbitrary<{ html: string; outside: Outside }> = fc
  .record({
    before: sectionContent,
    after: fc.option(sectionContent, { nil: undefined }),
    outside: fc.constantFrom(...OUTSIDE),
    place: fc.nat(),
  })
  .map(({ before, after, outside, place }) => {
    const places = outside.loose ? BLOCK_PLACES.slice(0, 1) : outside.block ? BLOCK_PLACES : INLINE_PLACES;
    const wrap = places[place % places.length] ?? ((html: string) => html);
    // A paragraph first, so that the content is HTML: without any markup it is plain text, where "<?xml" is text.
    const rest = after && !outside.last ? toHtml(after) : '';
    return { html: `<p>Inhoud</p>${toHtml(before)}${wrap(outside.html)}${rest}`, outside };
  });
