import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';
import { Parser } from 'htmlparser2';
import { BlockBuilder, type BlockKind, type TextBlock } from './text-block.js';

/** Elements whose text is a block of its own, and what kind. Every other element with text is inline. */
const BLOCKS: Readonly<Record<string, BlockKind>> = {
  p: 'paragraph',
  li: 'list-item',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  td: 'cell',
  th: 'header-cell',
};

/** Elements that hold blocks: text directly inside them is a paragraph of its own, apart from its neighbours. */
const CONTAINERS = new Set([
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'div',
  'blockquote',
  'section',
]);

/** Elements whose content is no text for the reader. */
const HIDDEN = new Set(['style', 'script']);

/** One open element, and what it means for the text inside it. */
interface Frame {
  /** Inside a style sheet or a script: no text. */
  hidden: boolean;
  /** The kind of a paragraph inside it: a `<p>` in a cell is part of the cell, in a list item part of the item. */
  inner: BlockKind;
  /** Inside a table's `<thead>`, where every cell is a header cell. */
  head: boolean;
  /** What closing the element does: end the block it opened, end a footnote, or nothing. */
  role: 'block' | 'footnote' | 'inline';
  /** For a footnote: the block it interrupts, which goes on after it. */
  interrupted?: BlockBuilder;
}

/**
 * A section's stored rich text as blocks of plain text, each character mapped back to the stored string. The
 * HTML is parsed without decoding entities, and every text event of the parser is a verbatim slice of the source
 * ending at the parser's `endIndex`; entities are then decoded one by one, as the document engine's parser would
 * decode them, and keep pointing at the whole entity. The text is taken from the parser's events, not from a
 * DOM: a DOM joins the text on both sides of a stray end tag (`u</strong> inzake`) into one node, which is no
 * longer one slice of the source. Tags take no room in the text, a `<br>` becomes a line break, and a footnote
 * (`<span data-type="footnote">`) becomes a block of its own; style sheets and scripts are left out. The walk
 * keeps its own stack, so that text is read however deep it is nested.
 */
export function htmlTextBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const finish = (builder: BlockBuilder): void => {
    if (!builder.isBlank) blocks.push(builder.build());
  };
  const decodeEntityAt = entityDecoder();
  const root: Frame = { hidden: false, inner: 'paragraph', head: false, role: 'inline' };
  const stack: Frame[] = [root];
  const top = (): Frame => stack.at(-1) ?? root;
  let builder = new BlockBuilder('paragraph');

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = top();
        const block = BLOCKS[name];
        if (parent.hidden || HIDDEN.has(name)) {
          stack.push({ ...parent, hidden: true, role: 'inline' });
        } else if (name === 'br') {
          builder.appendLineBreak(parser.startIndex, parser.endIndex + 1);
          stack.push({ ...parent, role: 'inline' });
        } else if (name === 'span' && attribs['data-type'] === 'footnote') {
          stack.push({
            hidden: false,
            inner: 'footnote',
            head: parent.head,
            role: 'footnote',
            interrupted: builder,
          });
          builder = new BlockBuilder('footnote');
        } else if (block !== undefined || CONTAINERS.has(name)) {
          const head = name === 'thead' || (parent.head && name !== 'table');
          const inner = innerKind(name, block, parent, head);
          finish(builder);
          builder = new BlockBuilder(inner);
          stack.push({ hidden: false, inner, head, role: 'block' });
        } else {
          stack.push({ ...parent, role: 'inline' });
        }
      },
      ontext(data) {
        if (top().hidden) return;
        appendSourceText(builder, data, parser.endIndex + 1 - data.length, decodeEntityAt);
      },
      onclosetag() {
        const frame = stack.pop();
        if (frame?.role === 'block') {
          finish(builder);
          builder = new BlockBuilder(top().inner);
        } else if (frame?.role === 'footnote') {
          finish(builder);
          builder = frame.interrupted ?? new BlockBuilder(top().inner);
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  finish(builder);
  // A footnote is finished before the rest of its paragraph: put the blocks back in the order of the source.
  return blocks.sort((a, b) => (a.sourceStart[0] ?? 0) - (b.sourceStart[0] ?? 0));
}

/**
 * The kind of the text directly inside a block or container element. The document engine takes blocks inside a
 * cell or a list item as part of it, and every cell of a table's head as a header cell: so does the check.
 */
function innerKind(name: string, block: BlockKind | undefined, parent: Frame, head: boolean): BlockKind {
  if (name === 'td' && head) return 'header-cell';
  if (block === undefined || block === 'paragraph') return parent.inner;
  return block;
}

type EntityAt = (raw: string, amp: number) => { text: string; consumed: number };

/**
 * A reader of character references: for the `&` at `amp`, the reference decoded the way HTML decodes one in text
 * (legacy references without a semicolon included), and how many source characters it takes, the `&` included;
 * 0 when the `&` starts no reference. Each call of `htmlTextBlocks` has its own.
 */
function entityDecoder(): EntityAt {
  let decoded = '';
  let consumedByEntity = 0;
  const decoder = new EntityDecoder(htmlDecodeTree, (codePoint, consumed) => {
    decoded += String.fromCodePoint(codePoint);
    consumedByEntity = consumed;
  });
  return (raw, amp) => {
    decoded = '';
    consumedByEntity = 0;
    decoder.startEntity(DecodingMode.Legacy);
    if (decoder.write(raw, amp + 1) < 0) decoder.end();
    return { text: decoded, consumed: consumedByEntity };
  };
}

/** Appends a text event's verbatim source, decoding each entity in it and mapping it to its source range. */
function appendSourceText(
  builder: BlockBuilder,
  raw: string,
  offset: number,
  decodeEntityAt: EntityAt,
): void {
  let from = 0;
  let amp = raw.indexOf('&');
  while (amp !== -1) {
    const { text, consumed } = decodeEntityAt(raw, amp);
    if (consumed > 0) {
      if (amp > from) builder.appendVerbatim(raw.slice(from, amp), offset + from);
      builder.appendReplacement(text, offset + amp, offset + amp + consumed);
      from = amp + consumed;
    }
    amp = raw.indexOf('&', Math.max(from, amp + 1));
  }
  if (from < raw.length) builder.appendVerbatim(raw.slice(from), offset + from);
}
