import type { Node as PmNode } from '@tiptap/pm/model';
import { Parser } from 'htmlparser2';
import { htmlTextBlocks } from '../../../../readability/html-text.js';

/**
 * The visible characters of a section, in reading order, each with where it stands: in the stored HTML (a source
 * range) or in the editor's document (a position). White space is left out on both sides: the serializer may lay
 * out white space between blocks that the document does not hold, and collapse what it does. The running text and
 * each footnote are separate streams, because the editor keeps a footnote's text apart from the sentence it hangs
 * on (tiptap-footnotes puts it at the end of the document), where the stored HTML has it in place.
 */
export interface Stream {
  /** The characters, without white space. */
  chars: string;
  /** In the HTML: the source start of each character; in the document: its position. */
  at: Int32Array;
  /** In the HTML: the source end of each character; in the document: its position + 1. */
  end: Int32Array;
}

export interface HtmlStreams {
  main: Stream;
  /** One per `<span data-type="footnote">`, in the order of the source. */
  footnotes: Stream[];
  /** The source range of each footnote span, tags included. */
  footnoteRanges: { start: number; end: number }[];
}

export interface DocStreams {
  main: Stream;
  /** The text of each footnote the document keeps as text of its own (a node named footnote with content). */
  footnotes: Stream[];
  /** Each footnote marker the document has (an inline node named footnote…): its range. */
  markers: { from: number; to: number }[];
}

const WHITE = /\s/u;
const FOOTNOTE_NODE = /footnote/iu;

class StreamBuilder {
  private chars = '';
  private readonly at: number[] = [];
  private readonly end: number[] = [];

  add(char: string, at: number, end: number): void {
    if (WHITE.test(char)) return;
    this.chars += char;
    this.at.push(at);
    this.end.push(end);
  }

  build(): Stream {
    return { chars: this.chars, at: Int32Array.from(this.at), end: Int32Array.from(this.end) };
  }
}

/** The source ranges of the footnote spans of a section's HTML, in order. */
function footnoteRangesOf(html: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  // The depth of spans inside the open footnote, so that its own end tag is found; -1 outside a footnote.
  let depth = -1;
  let start = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name !== 'span') return;
        if (depth >= 0) depth++;
        else if (attribs['data-type'] === 'footnote') {
          depth = 0;
          start = parser.startIndex;
        }
      },
      onclosetag(name) {
        if (name !== 'span' || depth < 0) return;
        if (depth === 0) ranges.push({ start, end: parser.endIndex + 1 });
        depth--;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return ranges;
}

/** The streams of a section's stored HTML, read as the B1 check reads it (readability/html-text.ts). */
export function htmlStreams(html: string): HtmlStreams {
  const footnoteRanges = footnoteRangesOf(html);
  const main = new StreamBuilder();
  const footnotes = footnoteRanges.map(() => new StreamBuilder());
  for (const block of htmlTextBlocks(html)) {
    const first = block.sourceStart[0] ?? 0;
    const index =
      block.kind === 'footnote' ? footnoteRanges.findIndex((r) => r.start <= first && first < r.end) : -1;
    const into = index === -1 ? main : footnotes[index];
    if (!into) continue;
    for (let i = 0; i < block.text.length; i++) {
      into.add(block.text.charAt(i), block.sourceStart[i] ?? 0, block.sourceEnd[i] ?? 0);
    }
  }
  return { main: main.build(), footnotes: footnotes.map((f) => f.build()), footnoteRanges };
}

/** Whether a node holds footnotes rather than being one: it has a child that is a footnote node itself. */
function holdsFootnotes(node: PmNode): boolean {
  let holds = false;
  node.forEach((child) => {
    if (FOOTNOTE_NODE.test(child.type.name)) holds = true;
  });
  return holds;
}

function addText(into: StreamBuilder, text: string, pos: number): void {
  for (let i = 0; i < text.length; i++) into.add(text.charAt(i), pos + i, pos + i + 1);
}

/** The streams of an editor's document. */
export function docStreams(doc: PmNode): DocStreams {
  const main = new StreamBuilder();
  const footnotes: StreamBuilder[] = [];
  const markers: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.isText) {
      addText(main, node.text ?? '', pos);
      return false;
    }
    if (!FOOTNOTE_NODE.test(node.type.name)) return true;
    // An inline footnote node is a marker, whatever it holds (tiptap-footnotes keeps the number in it as text).
    if (node.isInline) {
      markers.push({ from: pos, to: pos + node.nodeSize });
      return false;
    }
    if (holdsFootnotes(node)) return true;
    const footnote = new StreamBuilder();
    node.descendants((inner, innerPos) => {
      if (inner.isText) addText(footnote, inner.text ?? '', pos + 1 + innerPos);
      return !inner.isText;
    });
    footnotes.push(footnote);
    return false;
  });
  return { main: main.build(), footnotes: footnotes.map((f) => f.build()), markers };
}

/**
 * Whether the document holds the text the HTML holds: the same running text, and each footnote's text where the
 * document keeps footnotes as text. Where it keeps only markers, the running text decides.
 */
export function sameText(doc: DocStreams, html: HtmlStreams): boolean {
  if (doc.main.chars !== html.main.chars) return false;
  if (doc.footnotes.length === 0) return true;
  return (
    doc.footnotes.length === html.footnotes.length &&
    doc.footnotes.every((f, i) => f.chars === html.footnotes[i]?.chars)
  );
}

/** The first index whose value is at least `value`, in an ascending array. */
function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The characters of `stream` wholly inside the source range [start, end): their first and last index, if any. */
function charsWithin(
  stream: Stream,
  start: number,
  end: number,
): { first: number; last: number } | undefined {
  const first = lowerBound(stream.at, start);
  // The last character that ends at or before `end`: characters end in ascending order, as they start.
  const last = lowerBound(stream.end, end + 1) - 1;
  return first <= last ? { first, last } : undefined;
}

/** Where a finding stands in the document: a text range, or the marker of the footnote it is in. */
export type Placement = { from: number; to: number; footnote?: number; onMarker?: true };

/**
 * The document range of the source range [start, end) of the HTML, for a document that holds the same text
 * (sameText): from its first visible character to just after its last. A range in a footnote whose text the
 * document does not hold lands on the footnote's marker. Undefined when nothing visible is in the range.
 */
export function placeRange(
  doc: DocStreams,
  html: HtmlStreams,
  start: number,
  end: number,
): Placement | undefined {
  const footnote = html.footnoteRanges.findIndex((r) => r.start <= start && start < r.end);
  if (footnote === -1) {
    const within = charsWithin(html.main, start, end);
    if (!within) return undefined;
    return { from: doc.main.at[within.first] ?? 0, to: doc.main.end[within.last] ?? 0 };
  }
  const inDoc = doc.footnotes[footnote];
  const inHtml = html.footnotes[footnote];
  if (inDoc && inHtml) {
    const within = charsWithin(inHtml, start, end);
    if (!within) return undefined;
    return { from: inDoc.at[within.first] ?? 0, to: inDoc.end[within.last] ?? 0, footnote };
  }
  const marker = doc.markers[footnote];
  return marker === undefined ? undefined : { ...marker, footnote, onMarker: true };
}
