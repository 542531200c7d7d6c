import type { ListNumbering, NumberFormat } from './tree.js';
import { AlignmentType, LevelFormat, LineRuleType, type IStylesOptions, type INumberingOptions } from 'docx';
import type { Huisstijl } from '../../core/model/huisstijl.js';
import { MAX_LIST_DEPTH } from './tree.js';

/** A4 in twips, with 2.5 cm margins: the page every Dutch municipality prints on. */
export const PAGE = { width: 11906, height: 16838, margin: 1418, header: 709, footer: 567 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const LIST_BULLET = 'bullets';
export const LIST_NUMBER = 'numbers';
const INDENT_STEP = 360;

export const LANGUAGE = 'nl-NL';

/**
 * Word's own built-in styles, by their built-in ids and names ("heading 1", "List Bullet", "Table Grid"), so that
 * Word shows headings in its navigation pane and a writer who restyles the document finds the styles they know.
 */
export function documentStyles(huisstijl: Huisstijl): IStylesOptions {
  const { tekst, koppen = tekst, grootte } = huisstijl.lettertype;
  const halfPoints = (pt: number): number => Math.round(pt * 2);
  const heading = (id: string, name: string, outlineLevel: number, pt: number, italics = false) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: koppen, size: halfPoints(pt), bold: true, italics, color: huisstijl.kleuren.koppen },
    paragraph: { keepNext: true, keepLines: true, outlineLevel, spacing: { before: 280, after: 80 } },
  });
  return {
    default: {
      document: {
        run: { font: tekst, size: halfPoints(grootte), language: { value: LANGUAGE } },
        // lineRule is the spec's default, but LibreOffice reads a line without it as an exact height and clips the logo.
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      // Two points below the body text, as a reader expects a footnote; docx's default is a fixed 10 pt.
      footnoteText: {
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        run: { size: halfPoints(grootte - 2) },
      },
      footnoteTextChar: { run: { size: halfPoints(grootte - 2) } },
    },
    paragraphStyles: [
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: koppen, size: halfPoints(grootte + 8), bold: true, color: huisstijl.kleuren.koppen },
        paragraph: { spacing: { after: 240 } },
      },
      heading('Heading1', 'heading 1', 0, grootte + 3),
      heading('Heading2', 'heading 2', 1, grootte + 1),
      heading('Heading3', 'heading 3', 2, grootte, true),
      {
        id: 'ListBullet',
        name: 'List Bullet',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: 'ListNumber',
        name: 'List Number',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: 'ListContinue',
        name: 'List Continue',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 60 } },
      },
      {
        // Word's own name for a table's caption, so that Word lists it as such.
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true },
        paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: halfPoints(grootte - 2), color: '595959' },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: halfPoints(grootte - 2), color: '595959' },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}

/**
 * docx has no options for table styles, so Word's "Table Grid" is given as a small external styles part, written
 * as Word itself writes it; docx merges its default styles and ours around it.
 */
export function externalStyles(): string {
  const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
  return (
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:style w:type="table" w:styleId="TableGrid">' +
    '<w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
    '<w:tblPr><w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
    '</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
    '</w:style></w:styles>'
  );
}

const WORD_FORMATS: Readonly<Record<NumberFormat, (typeof LevelFormat)[keyof typeof LevelFormat]>> = {
  decimal: LevelFormat.DECIMAL,
  'lower-letter': LevelFormat.LOWER_LETTER,
  'upper-letter': LevelFormat.UPPER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
  'upper-roman': LevelFormat.UPPER_ROMAN,
};

/** A numbered list that counts its own way: its own definition, under `reference`, counting so at `level`. */
export interface CustomNumbering {
  reference: string;
  level: number;
  numbering: ListNumbering;
}

export function numbering(custom: readonly CustomNumbering[] = []): INumberingOptions {
  const levels = (kind: 'bullet' | 'number', own?: CustomNumbering) =>
    Array.from({ length: MAX_LIST_DEPTH }, (_, level) => ({
      level,
      format:
        kind === 'bullet'
          ? LevelFormat.BULLET
          : own?.level === level
            ? WORD_FORMATS[own.numbering.format]
            : ([LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3] ??
              LevelFormat.DECIMAL),
      text: kind === 'bullet' ? (['•', '–', '▪'][level % 3] ?? '•') : `%${level + 1}.`,
      ...(own?.level === level && { start: own.numbering.start }),
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: INDENT_STEP * (level + 1), hanging: INDENT_STEP } } },
    }));
  return {
    config: [
      { reference: LIST_BULLET, levels: levels('bullet') },
      { reference: LIST_NUMBER, levels: levels('number') },
      ...custom.map((own) => ({ reference: own.reference, levels: levels('number', own) })),
    ],
  };
}

export function listIndent(level: number): number {
  return INDENT_STEP * (level + 1);
}
