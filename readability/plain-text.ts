import { BlockBuilder, type TextBlock } from './text-block.js';

/** A blank line: it ends a paragraph. */
const BLANK_LINE = /\n[ \t\f\v\r\u00a0]*\n\s*/g;
/**
 * A line that starts with a list mark ("- ", "• ", "* ", "– ", "1. ", "2) "): it starts a list item, and the item
 * before it ends there. Only a mark and a space: a line that goes on with "-2%" or "3.000" is wrapped text.
 */
const LIST_MARK = /(?:^|\n)[ \t]*(?:[-\u2022*\u2013]|\d{1,2}[.)])[ \t]+/g;

/**
 * Plain text (a memo pasted from elsewhere, text extracted from a PDF) as blocks: a blank line ends a paragraph,
 * a single line break is only a space, as in text that was wrapped for the page, except before a line that starts
 * with a list mark: a list typed as lines is a list of items, each its own block, not one long sentence.
 * Offsets are those of `text`.
 */
export function plainTextBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const add = (kind: TextBlock['kind'], start: number, end: number): void => {
    const builder = new BlockBuilder(kind);
    builder.appendVerbatim(text.slice(start, end), start);
    if (!builder.isBlank) blocks.push(builder.build());
  };
  // The mark itself is no text, as in a list of the memo's HTML.
  const addParagraph = (from: number, end: number): void => {
    let kind: TextBlock['kind'] = 'paragraph';
    let start = from;
    for (const mark of text.slice(from, end).matchAll(LIST_MARK)) {
      add(kind, start, from + mark.index);
      kind = 'list-item';
      start = from + mark.index + mark[0].length;
    }
    add(kind, start, end);
  };
  let from = 0;
  for (let match = BLANK_LINE.exec(text); match !== null; match = BLANK_LINE.exec(text)) {
    addParagraph(from, match.index);
    from = match.index + match[0].length;
  }
  addParagraph(from, text.length);
  return blocks;
}
