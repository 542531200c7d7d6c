import { BlockBuilder, type TextBlock } from './text-block.js';

/**
 * Plain text (a memo pasted from elsewhere, text extracted from a PDF) as blocks: a blank line ends a paragraph,
 * a single line break is only a space, as in text that was wrapped for the page. Offsets are those of `text`.
 */
export function plainTextBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const blankLine = /\n[ \t\f\v\r\u00a0]*\n\s*/g;
  let from = 0;
  const add = (end: number): void => {
    const builder = new BlockBuilder('paragraph');
    builder.appendVerbatim(text.slice(from, end), from);
    if (!builder.isBlank) blocks.push(builder.build());
  };
  for (let match = blankLine.exec(text); match !== null; match = blankLine.exec(text)) {
    add(match.index);
    from = match.index + match[0].length;
  }
  add(text.length);
  return blocks;
}
