import { isTag, isText, type ChildNode } from 'domhandler';
import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';
import { parseDocument } from 'htmlparser2';
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

// Far deeper than any memo; what lies deeper is left out rather than risking the stack.
const MAX_DEPTH = 200;

/**
 * A section's stored rich text as blocks of plain text, each character mapped back to the stored string. The
 * HTML is parsed without decoding entities, so that every text node is a verbatim slice of the source; entities are
 * then decoded one by one, as the document engine's parser would decode them, and keep pointing at the whole
 * entity. Tags take no room in the text, a `<br>` becomes a line break, and a footnote
 * (`<span data-type="footnote">`) becomes a block of its own.
 */
export function htmlTextBlocks(html: string): TextBlock[] {
  const dom = parseDocument(html, {
    decodeEntities: false,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    withStartIndices: true,
    withEndIndices: true,
  });
  const blocks: TextBlock[] = [];
  const finish = (builder: BlockBuilder): void => {
    if (!builder.isBlank) blocks.push(builder.build());
  };

  const walk = (nodes: readonly ChildNode[], start: BlockBuilder, depth: number): BlockBuilder => {
    let builder = start;
    if (depth > MAX_DEPTH) return builder;
    for (const node of nodes) {
      if (isText(node)) {
        appendSourceText(builder, node.data, node.startIndex ?? 0);
      } else if (isTag(node)) {
        const kind = BLOCKS[node.name];
        if (node.name === 'br') {
          builder.appendReplacement('\n', node.startIndex ?? 0, (node.endIndex ?? 0) + 1);
        } else if (node.name === 'span' && node.attribs['data-type'] === 'footnote') {
          finish(walk(node.children, new BlockBuilder('footnote'), depth + 1));
        } else if (kind !== undefined || CONTAINERS.has(node.name)) {
          finish(builder);
          finish(walk(node.children, new BlockBuilder(kind ?? 'paragraph'), depth + 1));
          builder = new BlockBuilder(builder.kind);
        } else {
          builder = walk(node.children, builder, depth + 1);
        }
      }
    }
    return builder;
  };

  finish(walk(dom.children, new BlockBuilder('paragraph'), 0));
  // A footnote is finished before the rest of its paragraph: put the blocks back in the order of the source.
  return blocks.sort((a, b) => (a.sourceStart[0] ?? 0) - (b.sourceStart[0] ?? 0));
}

let decoded = '';
let consumedByEntity = 0;
const decoder = new EntityDecoder(htmlDecodeTree, (codePoint, consumed) => {
  decoded += String.fromCodePoint(codePoint);
  consumedByEntity = consumed;
});

/**
 * The character reference that starts with the `&` at `amp`, decoded the way HTML decodes one in text (legacy
 * references without a semicolon included), and how many source characters it takes, the `&` included; 0 when
 * the `&` starts no reference.
 */
export function decodeEntityAt(raw: string, amp: number): { text: string; consumed: number } {
  decoded = '';
  consumedByEntity = 0;
  decoder.startEntity(DecodingMode.Legacy);
  if (decoder.write(raw, amp + 1) < 0) decoder.end();
  return { text: decoded, consumed: consumedByEntity };
}

/** Appends a text node's verbatim source, decoding each entity in it and mapping it to its source range. */
function appendSourceText(builder: BlockBuilder, raw: string, offset: number): void {
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
