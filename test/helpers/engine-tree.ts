// What the engine makes of a section's rich text, for comparing two HTML strings by the document they give rather than
// by their bytes: the parsed tree of templates/engine/markup.ts, or its refusal, each line of text as a reader sees it.
import type { Issue } from '../../core/errors.js';
import type { MemoImages } from '../../templates/engine/images.js';
import { parseRichText } from '../../templates/engine/markup.js';
import type { Inline, Marks } from '../../templates/engine/tree.js';

/** A run of text with its marks and the address it links to; a line break; a footnote with its own line. */
type Run =
  | { kind: 'text'; text: string; marks: Marks; href: string | undefined }
  | { kind: 'break' }
  | { kind: 'footnote'; content: Run[] };

export interface EngineReading {
  blocks: unknown;
  issues: Issue[];
}

export function engineReading(html: string, images?: MemoImages): EngineReading {
  const issues: Issue[] = [];
  const blocks = parseRichText(html, 'secties[0].inhoud', issues, images);
  return { blocks: normalised(blocks), issues };
}

const INLINE_KINDS = new Set(['text', 'break', 'link', 'footnote']);

const isInlines = (value: unknown): value is Inline[] =>
  Array.isArray(value) &&
  value.every((node) => INLINE_KINDS.has(String((node as { kind?: unknown } | null)?.kind)));

/**
 * The tree with every line of text (a paragraph's, a heading's, a caption's, a footnote's) as `line` gives it, and a
 * row's spans left out where each is one cell (a rowspan cut at the end of its row group): the same to a reader.
 */
function normalised(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalised);
  if (value instanceof Uint8Array || typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !(k === 'spans' && allSingle(v)))
      .map(([k, v]) => [k, (k === 'content' || k === 'caption') && isInlines(v) ? line(v) : normalised(v)]),
  );
}

/**
 * A line as a reader sees it: runs of the same marks and link joined (`a<span>b</span>` is `ab`; two links to the same
 * address side by side are one, and a link without text is nothing: the editor holds a link as a mark on text), white
 * space as HTML shows it (one space where several meet, none at the start or end of a line or after a break).
 */
function line(nodes: readonly Inline[]): Run[] {
  const out: Run[] = [];
  let afterSpace = true;
  for (const run of flatten(nodes, undefined)) {
    if (run.kind !== 'text') {
      out.push(run);
      afterSpace = run.kind === 'break';
      continue;
    }
    let text = run.text.replace(/ {2,}/g, ' ');
    if (afterSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    afterSpace = text.endsWith(' ');
    const last = out.at(-1);
    if (last?.kind === 'text' && last.href === run.href && sameMarks(last.marks, run.marks)) {
      out[out.length - 1] = { ...last, text: last.text + text };
    } else {
      out.push({ ...run, text });
    }
  }
  for (let last = out.at(-1); last?.kind === 'text' && last.text.endsWith(' '); last = out.at(-1)) {
    const text = last.text.replace(/ +$/, '');
    if (text === '') out.pop();
    else out[out.length - 1] = { ...last, text };
  }
  return out;
}

function flatten(nodes: readonly Inline[], href: string | undefined): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.kind) {
      case 'text':
        return [{ kind: 'text', text: node.text, marks: node.marks, href }];
      case 'break':
        return [node];
      case 'link':
        return flatten(node.content, node.href);
      case 'footnote':
        return [{ kind: 'footnote', content: line(node.content) }];
    }
  });
}

const sameMarks = (a: Marks, b: Marks): boolean => JSON.stringify(a) === JSON.stringify(b);

function allSingle(spans: unknown): boolean {
  return (
    Array.isArray(spans) &&
    spans.every((s: { columns?: number; rows?: number }) => s.columns === 1 && s.rows === 1)
  );
}
