/**
 * What a block of running text is: the sentences of one block never run into the next. Headings and header cells
 * are labels, not sentences; cells are data; a footnote is its own text, apart from the sentence it hangs on.
 */
export type BlockKind = 'paragraph' | 'list-item' | 'heading' | 'cell' | 'header-cell' | 'footnote';

/**
 * A block's plain text (entities decoded, tags gone) with, for every character, where it came from in the source:
 * `sourceStart[i]` and `sourceEnd[i]` are the half-open range in the stored string that produced character `i`.
 * An ordinary character maps to itself; the characters of a decoded entity all map to the whole entity.
 */
export interface TextBlock {
  kind: BlockKind;
  text: string;
  /** Where in `text` a line break of the writer's stands (a `<br>`), as against one that is only white space. */
  lineBreaks: readonly number[];
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
}

/** The half-open source range of the plain-text range [start, end) of a block, which is not empty. */
export function sourceRange(block: TextBlock, start: number, end: number): { start: number; end: number } {
  return { start: block.sourceStart[start] ?? 0, end: block.sourceEnd[end - 1] ?? 0 };
}

/** Collects a block's text character by character, each with its source range. */
export class BlockBuilder {
  private text = '';
  private lineBreaks: number[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(readonly kind: BlockKind) {}

  /** Source text copied as is: character `i` of `chunk` came from `offset + i`. */
  appendVerbatim(chunk: string, offset: number): void {
    this.text += chunk;
    for (let i = 0; i < chunk.length; i++) {
      this.starts.push(offset + i);
      this.ends.push(offset + i + 1);
    }
  }

  /** Text that stands for the source range [start, end): a decoded entity. */
  appendReplacement(chunk: string, start: number, end: number): void {
    this.text += chunk;
    for (let i = 0; i < chunk.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** A line break the writer made (a `<br>`), standing for the source range [start, end). */
  appendLineBreak(start: number, end: number): void {
    this.lineBreaks.push(this.text.length);
    this.appendReplacement('\n', start, end);
  }

  get isBlank(): boolean {
    return this.text.trim() === '';
  }

  build(): TextBlock {
    return {
      kind: this.kind,
      text: this.text,
      lineBreaks: this.lineBreaks,
      sourceStart: Int32Array.from(this.starts),
      sourceEnd: Int32Array.from(this.ends),
    };
  }
}
