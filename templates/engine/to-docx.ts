import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Footer,
  Header,
  ImageRun,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Huisstijl } from '../../core/model/huisstijl.js';
import {
  documentStyles,
  externalStyles,
  LIST_BULLET,
  LIST_NUMBER,
  listIndent,
  numbering,
  PAGE,
  TEXT_WIDTH,
  type CustomNumbering,
} from './docx-styles.js';
import { figureSize } from './figure-size.js';
import { withNoBreakSpaces } from './typography.js';
import {
  NO_MARKS,
  type Block,
  type DocumentTree,
  type Figure,
  type Inline,
  type ListNumbering,
  type Marks,
  type Picture,
  type TableRow as TreeRow,
  type CellSpan,
} from './tree.js';
import { placeCells, type PlacedCell } from './table-grid.js';

export type Logo = Picture;

export interface DocxInput {
  tree: DocumentTree;
  huisstijl: Huisstijl;
  logo: Logo;
  /** The onderwerp: the document's title in Word's properties. */
  title: string;
}

const METADATA_LABEL_WIDTH = 2400;
/** Word's own inset of a cell's text from its borders, left and right; above and below a little air (in twips). */
const CELL_MARGIN = { left: 108, right: 108, top: 57, bottom: 57 };
/** Room above each paragraph of a signature after its first: for the pen, and to tell the signatories apart. */
const SIGNATURE_ROOM = 360;
const NO_BORDERS = TableBorders.NONE;
const MM_TO_PX = 96 / 25.4;
/** The logo is drawing 1 (see letterhead); the memo's pictures follow it. */
const LOGO_DRAWING = 1;

type Child = Paragraph | Table;

// Typed as IRunOptions on purpose: TextRun also takes a string, whose legacy String.prototype.bold() would
// otherwise be matched by the `bold` key.
function textRun(text: string, marks: Marks, style?: string): IRunOptions {
  return {
    text,
    ...(style ? { style } : {}),
    // Only marks that are on: an explicit "off" would override the bold of the Title and Heading styles.
    ...(marks.bold ? { bold: true } : {}),
    ...(marks.italic ? { italics: true } : {}),
    ...(marks.underline ? { underline: {} } : {}),
    ...(marks.position === 'superscript' ? { superScript: true } : {}),
    ...(marks.position === 'subscript' ? { subScript: true } : {}),
  };
}

/** Maps the document tree onto one `docx` document. Footnotes and list instances are numbered in reading order. */
class DocxMapper {
  readonly footnotes: Record<string, { children: Paragraph[] }> = {};
  private footnoteCount = 0;
  private listCount = 0;
  private drawingCount = LOGO_DRAWING;
  /** The numbered lists that count their own way, each with the definition the document's numbering gets. */
  readonly customNumbering: CustomNumbering[] = [];

  private customList(numbering: ListNumbering, level: number): string {
    const reference = `${LIST_NUMBER}-${this.customNumbering.length + 1}`;
    this.customNumbering.push({ reference, level, numbering });
    return reference;
  }

  constructor(private readonly huisstijl: Huisstijl) {}

  runs(content: readonly Inline[], bold = false, style?: string): ParagraphChild[] {
    return content.flatMap((node): ParagraphChild[] => {
      switch (node.kind) {
        case 'text':
          return [new TextRun(textRun(node.text, { ...node.marks, bold: node.marks.bold || bold }, style))];
        case 'break':
          return [new TextRun({ break: 1 })];
        case 'link':
          return [
            new ExternalHyperlink({
              link: node.href,
              children: this.runs(node.content, bold, 'Hyperlink'),
            }),
          ];
        case 'footnote': {
          this.footnoteCount += 1;
          // Word puts a space between the footnote's number and its text.
          const content = [new TextRun({ text: ' ' }), ...this.runs(node.content)];
          this.footnotes[String(this.footnoteCount)] = {
            children: [new Paragraph({ style: 'FootnoteText', children: content })],
          };
          return [new FootnoteReferenceRun(this.footnoteCount)];
        }
      }
    });
  }

  /** Inline content as runs, with no-break spaces where a line may not break (see typography.ts). */
  text(content: readonly Inline[], bold = false, style?: string): ParagraphChild[] {
    return this.runs(withNoBreakSpaces(content), bold, style);
  }

  blocks(blocks: readonly Block[]): Child[] {
    const signature = keptTogether(blocks);
    return keptWithSignature(blocks, signature).flatMap((block, i) =>
      this.block(block, false, signature.get(i)),
    );
  }

  private block(block: Block, bold = false, kept?: 'first' | 'next'): Child[] {
    switch (block.kind) {
      case 'paragraph':
        return [
          new Paragraph({
            children: this.text(block.content, bold),
            ...(block.keepWithNext ? { keepNext: true } : {}),
            // A signatory's lines (function, room to sign, name) never split over two pages.
            ...(kept ? { keepLines: true } : {}),
            ...(kept === 'next' ? { spacing: { before: SIGNATURE_ROOM } } : {}),
          }),
        ];
      case 'heading':
        return [
          new Paragraph({
            style: block.level === 'title' ? 'Title' : `Heading${block.level}`,
            children: this.text(block.content),
          }),
        ];
      case 'list':
        return this.list(block, 0);
      case 'table':
        return [
          ...(block.caption
            ? [new Paragraph({ style: 'Caption', keepNext: true, children: this.text(block.caption) })]
            : []),
          block.variant === 'metadata'
            ? this.metadataTable(block.rows)
            : this.gridTable(block.rows, block.weights),
        ];
      case 'figure':
        return this.figure(block);
      case 'pagebreak':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  }

  /**
   * A picture inline in a paragraph of its own, never wider than the text (figure-size.ts), its alt text as the
   * drawing's description, which Word reads out and shows as alternative text. A caption is kept on the page with it.
   */
  private figure(figure: Figure): Paragraph[] {
    const { widthPx, heightPx } = figureSize(figure.picture, figure.size);
    this.drawingCount += 1;
    const below = figure.caption !== undefined && !figure.caption.above;
    const picture = new Paragraph({
      ...(below || (figure.keepWithNext && !figure.caption) ? { keepNext: true } : {}),
      children: [
        new ImageRun({
          type: figure.picture.type,
          data: figure.picture.data,
          transformation: { width: widthPx, height: heightPx },
          // A fixed id per drawing, as for the logo, keeps every render of the same memo the same.
          altText: { id: String(this.drawingCount), name: figure.src, description: figure.alt },
        }),
      ],
    });
    if (figure.caption === undefined) return [picture];
    const caption = new Paragraph({
      style: 'Caption',
      // The Caption style keeps a table's caption with the table below it; one below a picture follows the text.
      ...(below ? { keepNext: figure.keepWithNext === true } : {}),
      children: this.text(figure.caption.content),
    });
    return below ? [picture, caption] : [caption, picture];
  }

  private list(list: Extract<Block, { kind: 'list' }>, level: number): Child[] {
    const { ordered, items } = list;
    // Each numbered list is its own instance, so that every list starts counting at 1; one that counts its own way
    // (type="a", start="3") has a definition of its own.
    const instance = ordered ? ++this.listCount : 0;
    const reference = !ordered
      ? LIST_BULLET
      : list.numbering
        ? this.customList(list.numbering, level)
        : LIST_NUMBER;
    return items.flatMap((item) => {
      let numbered = false;
      // The bullet or number sits on the item's first paragraph; an item that opens with a table, heading or
      // list gets an empty one, as a browser shows it.
      const blocks: Block[] =
        item[0]?.kind === 'paragraph' ? item : [{ kind: 'paragraph', content: [] }, ...item];
      return blocks.flatMap((block): Child[] => {
        if (block.kind === 'list') return this.list(block, level + 1);
        if (block.kind !== 'paragraph' || numbered) {
          if (block.kind !== 'paragraph') return this.block(block);
          return [
            new Paragraph({
              style: 'ListContinue',
              indent: { left: listIndent(level) },
              children: this.text(block.content),
              ...(block.keepWithNext ? { keepNext: true } : {}),
            }),
          ];
        }
        numbered = true;
        return [
          new Paragraph({
            style: ordered ? 'ListNumber' : 'ListBullet',
            numbering: { reference, level, instance },
            children: this.text(block.content),
            ...(block.keepWithNext ? { keepNext: true } : {}),
          }),
        ];
      });
    });
  }

  private cell(blocks: readonly Block[], width: number, header: boolean, span?: CellSpan): TableCell {
    const children = blocks.flatMap((b) => this.block(b, header));
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(span && span.columns > 1 && { columnSpan: span.columns }),
      ...(span && span.rows > 1 && { rowSpan: span.rows }),
      children: children.length > 0 ? children : [new Paragraph({})],
      ...(header
        ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: this.huisstijl.kleuren.tabelkop } }
        : {}),
    });
  }

  private gridTable(rows: readonly TreeRow[], weights?: readonly number[]): Table {
    const { placed, free, columns } = placeCells(rows);
    const shares = weights?.length === columns ? weights : Array.from({ length: columns }, () => 1);
    const total = shares.reduce((a, b) => a + b, 0);
    const widths = shares.map((share) => Math.floor((TEXT_WIDTH * share) / total));
    return new Table({
      style: 'TableGrid',
      layout: TableLayoutType.FIXED,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      margins: CELL_MARGIN,
      rows: rows.map(
        (row, r) =>
          new TableRow({
            tableHeader: row.header,
            cantSplit: true,
            children: this.rowCells(row, placed[r] ?? [], free[r] ?? [], widths),
          }),
      ),
    });
  }

  /**
   * A row's cells where they stand in the grid, each as wide as the columns it spans; the columns a cell from a row
   * above covers are left out (docx adds their continuation), and columns the row leaves free get empty cells.
   */
  private rowCells(
    row: TreeRow,
    placed: readonly PlacedCell[],
    free: readonly number[],
    widths: readonly number[],
  ): TableCell[] {
    const cells = placed.map(({ index, column, span }) => {
      const width = widths.slice(column, column + span.columns).reduce((a, b) => a + b, 0);
      return this.cell(row.cells[index] ?? [], width, row.header, span);
    });
    for (const column of free) cells.push(this.cell([], widths[column] ?? 0, row.header));
    return cells;
  }

  /** The label/value table at the top of a memo: no borders, labels in bold, flush with the body text. */
  private metadataTable(rows: readonly TreeRow[]): Table {
    const widths = [METADATA_LABEL_WIDTH, TEXT_WIDTH - METADATA_LABEL_WIDTH];
    return new Table({
      borders: NO_BORDERS,
      // Without a border nothing shows the cell's inset: the labels would stand indented from the text below.
      margins: { left: 0, right: CELL_MARGIN.right },
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: widths.map(
              (w, i) =>
                new TableCell({
                  width: { size: w, type: WidthType.DXA },
                  children: (() => {
                    const cell = (row.cells[i] ?? []).flatMap((b) => this.block(b, i === 0));
                    return cell.length > 0 ? cell : [new Paragraph({})];
                  })(),
                }),
            ),
          }),
      ),
    });
  }
}

/**
 * The paragraphs of a `<keep>` group (a signature): a run of paragraphs each kept with the next, and the paragraph
 * that closes it. By index: 'first' for the group's first paragraph, 'next' for the others.
 */
function keptTogether(blocks: readonly Block[]): Map<number, 'first' | 'next'> {
  const kept = new Map<number, 'first' | 'next'>();
  blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph' || !block.keepWithNext) return;
    if (!kept.has(i)) kept.set(i, 'first');
    if (blocks[i + 1]?.kind === 'paragraph') kept.set(i + 1, 'next');
  });
  return kept;
}

/** The block with its last paragraph kept with what follows: a list's last item, a table's last row. */
function keepingNext(block: Block): Block {
  switch (block.kind) {
    case 'paragraph':
      return { ...block, keepWithNext: true };
    case 'list': {
      const last = block.items.at(-1);
      if (!last) return block;
      return { ...block, items: [...block.items.slice(0, -1), keepingTail(last)] };
    }
    case 'table': {
      const row = block.rows.at(-1);
      if (!row) return block;
      return { ...block, rows: [...block.rows.slice(0, -1), { ...row, cells: row.cells.map(keepingTail) }] };
    }
    case 'figure':
      return { ...block, keepWithNext: true };
    case 'heading':
    case 'pagebreak':
      return block;
  }
}

function keepingTail(blocks: readonly Block[]): Block[] {
  const last = blocks.at(-1);
  return last ? [...blocks.slice(0, -1), keepingNext(last)] : [...blocks];
}

/**
 * A signature never stands alone on a page: the block before each `<keep>` group is kept with it, so that Word and
 * LibreOffice move the last lines of the text along with the signature rather than the signature alone.
 */
function keptWithSignature(blocks: readonly Block[], kept: ReadonlyMap<number, 'first' | 'next'>): Block[] {
  return blocks.map((block, i) => (kept.get(i + 1) === 'first' && !kept.has(i) ? keepingNext(block) : block));
}

/** First page: the municipality's logo on the left, its name and address on the right. */
function letterhead(huisstijl: Huisstijl, logo: Logo): Header {
  const widthPx = Math.round(huisstijl.logo.breedteMm * MM_TO_PX);
  const heightPx = Math.round((widthPx * logo.heightPx) / logo.widthPx);
  const lines = [huisstijl.gemeente, ...huisstijl.adres, huisstijl.telefoon, huisstijl.website].filter(
    (l): l is string => l !== undefined,
  );
  const half = Math.floor(TEXT_WIDTH / 2);
  return new Header({
    children: [
      new Table({
        borders: NO_BORDERS,
        layout: TableLayoutType.FIXED,
        width: { size: half * 2, type: WidthType.DXA },
        columnWidths: [half, half],
        rows: [
          new TableRow({
            children: [
              new TableCell({
                width: { size: half, type: WidthType.DXA },
                children: [
                  new Paragraph({
                    style: 'Header',
                    children: [
                      new ImageRun({
                        type: logo.type,
                        data: logo.data,
                        transformation: { width: widthPx, height: heightPx },
                        // docx numbers drawings from a counter shared by the whole process; the logo is
                        // the only drawing, and a fixed id keeps every render of the same memo the same.
                        altText: {
                          id: String(LOGO_DRAWING),
                          name: 'Logo',
                          description: `Logo ${huisstijl.gemeente}`,
                          title: huisstijl.gemeente,
                        },
                      }),
                    ],
                  }),
                ],
              }),
              new TableCell({
                width: { size: half, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                children: lines.map(
                  (line, i) =>
                    new Paragraph({
                      style: 'Header',
                      alignment: AlignmentType.RIGHT,
                      children: [new TextRun(textRun(line, { ...NO_MARKS, bold: i === 0 }))],
                    }),
                ),
              }),
            ],
          }),
        ],
      }),
      new Paragraph({ style: 'Header', children: [] }),
    ],
  });
}

function runningHeader(mapper: DocxMapper, content: DocumentTree['runningHeader']): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 4 } },
        children: mapper.text(content),
      }),
    ],
  });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ children: ['pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

export function toDocxDocument({ tree, huisstijl, logo, title }: DocxInput): Document {
  const mapper = new DocxMapper(huisstijl);
  const children = mapper.blocks(tree.body);
  const headerDefault = runningHeader(mapper, tree.runningHeader);
  return new Document({
    title,
    creator: huisstijl.gemeente,
    lastModifiedBy: huisstijl.gemeente,
    externalStyles: externalStyles(),
    styles: documentStyles(huisstijl),
    numbering: numbering(mapper.customNumbering),
    footnotes: mapper.footnotes,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        headers: { first: letterhead(huisstijl, logo), default: headerDefault },
        footers: { first: pageNumberFooter(), default: pageNumberFooter() },
        children,
      },
    ],
  });
}
