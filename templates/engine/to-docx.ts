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
import {
  NO_MARKS,
  type Block,
  type DocumentTree,
  type Inline,
  type ListNumbering,
  type Marks,
  type TableRow as TreeRow,
} from './tree.js';

export interface Logo {
  data: Uint8Array;
  type: 'png' | 'jpg';
  widthPx: number;
  heightPx: number;
}

export interface DocxInput {
  tree: DocumentTree;
  huisstijl: Huisstijl;
  logo: Logo;
  /** The onderwerp: the document's title in Word's properties. */
  title: string;
}

const METADATA_LABEL_WIDTH = 2400;
const NO_BORDERS = TableBorders.NONE;
const MM_TO_PX = 96 / 25.4;

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

  blocks(blocks: readonly Block[]): Child[] {
    return blocks.flatMap((block) => this.block(block));
  }

  private block(block: Block, bold = false): Child[] {
    switch (block.kind) {
      case 'paragraph':
        return [
          new Paragraph({
            children: this.runs(block.content, bold),
            ...(block.keepWithNext ? { keepNext: true } : {}),
          }),
        ];
      case 'heading':
        return [
          new Paragraph({
            style: block.level === 'title' ? 'Title' : `Heading${block.level}`,
            children: this.runs(block.content),
          }),
        ];
      case 'list':
        return this.list(block, 0);
      case 'table':
        return [
          block.variant === 'metadata'
            ? this.metadataTable(block.rows)
            : this.gridTable(block.rows, block.weights),
        ];
      case 'pagebreak':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
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
              children: this.runs(block.content),
            }),
          ];
        }
        numbered = true;
        return [
          new Paragraph({
            style: ordered ? 'ListNumber' : 'ListBullet',
            numbering: { reference, level, instance },
            children: this.runs(block.content),
          }),
        ];
      });
    });
  }

  private cell(blocks: readonly Block[], width: number, header: boolean): TableCell {
    const children = blocks.flatMap((b) => this.block(b, header));
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: children.length > 0 ? children : [new Paragraph({})],
      ...(header
        ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: this.huisstijl.kleuren.tabelkop } }
        : {}),
    });
  }

  private gridTable(rows: readonly TreeRow[], weights?: readonly number[]): Table {
    const columns = rows.reduce((most, r) => Math.max(most, r.cells.length), 1);
    const shares = weights?.length === columns ? weights : Array.from({ length: columns }, () => 1);
    const total = shares.reduce((a, b) => a + b, 0);
    const widths = shares.map((share) => Math.floor((TEXT_WIDTH * share) / total));
    return new Table({
      style: 'TableGrid',
      layout: TableLayoutType.FIXED,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      rows: rows.map(
        (row) =>
          new TableRow({
            tableHeader: row.header,
            cantSplit: true,
            children: widths.map((width, i) => this.cell(row.cells[i] ?? [], width, row.header)),
          }),
      ),
    });
  }

  /** The label/value table at the top of a memo: no borders, labels in bold. */
  private metadataTable(rows: readonly TreeRow[]): Table {
    const widths = [METADATA_LABEL_WIDTH, TEXT_WIDTH - METADATA_LABEL_WIDTH];
    return new Table({
      borders: NO_BORDERS,
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
                          id: '1',
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
        children: mapper.runs(content),
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
