// The engine's one rule, as a property: every character of text the writer gives reaches the document, in order, or
// the input is refused with a message that names the section by its title and what to change. Section content is
// generated in the documented subset (nesting, lists, tables, footnotes, marks, entities, odd white space, plain text)
// and outside it (elements, attributes and values the subset does not have, parts out of place, comments), rendered
// through the API the doors use, and read back from word/document.xml and word/footnotes.xml.
//
// Footnotes are read at their reference: the writer wrote a footnote's text where it stands in the running text, so
// the document's text with each footnote's text at its reference has the input's order, and a footnote moved or
// swapped with another shows. White space: the engine may collapse each run of ASCII white space (and DEL and the C1
// controls, which it takes as space) to one space and drop it at the edges of a paragraph, as HTML does; a space may
// become a no-break space (typography.ts). Anything else is a failure: a character dropped, added, changed or moved.
//
// The runs use the fuzz harness's fixed seed, shown in the suite's name and by fast-check with a shrunk counterexample
// on failure; RAADSNOTA_FUZZ_SEED=<n> explores other inputs and RAADSNOTA_FUZZ_RUNS=<factor> runs longer.
import fc from 'fast-check';
import type { AnyNode, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import { dispatch } from '../api/dispatch.js';
import type { Memo } from '../core/model/memo.js';
import { testContext } from './helpers/api.js';
import { baseMemo, CREATED_ISO, makeTempDir, manifestOf, removeTempDir } from './helpers/assets.js';
import {
  attr,
  elements,
  firstElement,
  parseXml,
  readDocx,
  textOf,
  type DocxPackage,
} from './helpers/docx.js';
import { fuzzOptions, FUZZ_TIMEOUT_MS } from './helpers/fuzz.js';
import {
  canonical,
  contentOutsideSubset,
  expectedOf,
  expectedOfPlain,
  plainText,
  sectionContent,
  toHtml,
  type CharMarks,
  type Expected,
  type Token,
} from './helpers/richtext-arbitrary.js';

// Paragraphs that fence the generated content, so that the rest of the memo cannot match it.
const BEGIN = 'BEGIN-VAN-DE-INHOUD';
const END = 'EINDE-VAN-DE-INHOUD';

let dir: string;
let ctx: Context;
let memo: Memo;
let sectionIndex: number;
let sectionTitle: string;

beforeAll(async () => {
  dir = await makeTempDir();
  ctx = testContext(dir);
  memo = await baseMemo('informatienota');
  sectionIndex = memo.secties.findIndex((s) => s.sleutel === 'kernboodschap');
  const manifest = await manifestOf('informatienota');
  const fixed = manifest.secties.find((s) => 'sleutel' in s && s.sleutel === 'kernboodschap');
  sectionTitle = memo.secties[sectionIndex]?.titel ?? (fixed && 'titel' in fixed ? fixed.titel : '');
});

afterAll(async () => {
  ctx.db.close();
  await removeTempDir(dir);
});

function withContent(inhoud: string): Memo {
  return { ...memo, secties: memo.secties.map((s, i) => (i === sectionIndex ? { ...s, inhoud } : s)) };
}

/** Renders through the API, as every door does; the DOCX, or the refusal. */
async function render(inhoud: string) {
  const result = await dispatch('memos.render', { nota: withContent(inhoud), aangemaakt: CREATED_ISO }, ctx);
  return result;
}

async function renderAndRead(inhoud: string): Promise<DocxPackage> {
  const result = await render(inhoud);
  if (!result.ok) {
    throw new Error(`geweigerd: ${JSON.stringify(result.error.issues ?? result.error.message)}`);
  }
  const { base64 } = result.value as { base64: string };
  return readDocx(Buffer.from(base64, 'base64'));
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the document back

const PLAIN: CharMarks = {
  bold: false,
  italic: false,
  underline: false,
  position: 'baseline',
  href: undefined,
};

const on = (el: Element | undefined): boolean =>
  el !== undefined && !['false', '0', 'off', 'none'].includes(attr(el, 'w:val') ?? '');

function runMarks(run: Element, around: CharMarks): CharMarks {
  const rPr = run.children.find((c): c is Element => isTag(c) && c.name === 'w:rPr');
  if (!rPr) return around;
  const align = firstElement(rPr, 'w:vertAlign');
  const position = align ? attr(align, 'w:val') : undefined;
  return {
    ...around,
    bold: on(firstElement(rPr, 'w:b')),
    italic: on(firstElement(rPr, 'w:i')),
    underline: on(firstElement(rPr, 'w:u')),
    position: position === 'superscript' || position === 'subscript' ? position : 'baseline',
  };
}

interface Reading {
  tokens: Token[];
  breaks: number;
  /** w:t elements whose text has white space at an edge without xml:space="preserve": Word would drop it. */
  unpreserved: string[];
}

/** The document's part that holds one footnote's paragraphs, read as tokens. */
class DocumentReader {
  private readonly footnotes: Map<string, Element>;
  private readonly documentRels: Record<string, string>;
  private readonly footnoteRels: Record<string, string>;
  readonly reading: Reading = { tokens: [], breaks: 0, unpreserved: [] };

  constructor(docx: DocxPackage) {
    this.documentRels = docx.relationships('word/document.xml');
    this.footnoteRels = docx.footnotesXml ? docx.relationships('word/footnotes.xml') : {};
    const notes = docx.footnotesXml ? elements(docx.dom('word/footnotes.xml'), 'w:footnote') : [];
    this.footnotes = new Map(notes.map((f) => [attr(f, 'w:id') ?? '', f]));
  }

  paragraph(p: Element, rels = this.documentRels): void {
    this.reading.tokens.push('edge');
    this.walk(p.children, PLAIN, rels);
  }

  private walk(nodes: readonly AnyNode[], marks: CharMarks, rels: Record<string, string>): void {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      switch (node.name) {
        case 'w:pPr':
        case 'w:rPr':
          break;
        case 'w:hyperlink':
          this.walk(
            node.children,
            { ...marks, href: rels[attr(node, 'r:id') ?? ''] ?? '(zonder doel)' },
            rels,
          );
          break;
        case 'w:r':
          this.walk(node.children, runMarks(node, marks), rels);
          break;
        case 'w:t': {
          const text = textOf(node);
          if (/^[ \t\r\n]|[ \t\r\n]$/.test(text) && attr(node, 'xml:space') !== 'preserve') {
            this.reading.unpreserved.push(text);
          }
          for (const char of text) this.reading.tokens.push({ char, marks });
          break;
        }
        case 'w:tab':
          this.reading.tokens.push({ char: '\t', marks });
          break;
        case 'w:br':
          if (attr(node, 'w:type') === undefined || attr(node, 'w:type') === 'textWrapping') {
            this.reading.breaks++;
            this.reading.tokens.push('edge');
          }
          break;
        case 'w:footnoteReference': {
          const note = this.footnotes.get(attr(node, 'w:id') ?? '');
          this.reading.tokens.push('edge');
          if (!note) this.reading.tokens.push({ char: '⟦voetnoot ontbreekt⟧', marks: PLAIN });
          for (const p of note ? elements(note, 'w:p') : []) this.paragraph(p, this.footnoteRels);
          this.reading.tokens.push('edge');
          break;
        }
        default:
          this.walk(node.children, marks, rels);
      }
    }
  }
}

/** The paragraphs between the fences, in reading order (those in table cells where the table stands). */
function contentParagraphs(docx: DocxPackage): Element[] {
  const body = firstElement(docx.document, 'w:body');
  const all = body ? elements(body, 'w:p') : [];
  const text = (p: Element): string =>
    elements(p, 'w:t')
      .map((t) => textOf(t))
      .join('');
  const begin = all.findIndex((p) => text(p) === BEGIN);
  const end = all.findIndex((p) => text(p) === END);
  if (begin < 0 || end < begin) throw new Error('de omheining van de inhoud staat niet in het document');
  return all.slice(begin + 1, end);
}

function read(docx: DocxPackage, paragraphs: readonly Element[]): Reading {
  const reader = new DocumentReader(docx);
  for (const p of paragraphs) reader.paragraph(p);
  reader.reading.tokens.push('edge');
  return reader.reading;
}

const show = (chars: readonly { char: string }[]): string =>
  JSON.stringify(chars.map((c) => c.char).join(''));

/**
 * The first difference between the text the writer gave and the text the document shows, paragraph by paragraph;
 * undefined when they are the same. A no-break space in the document may stand for a space of the input.
 */
function textDifference(expected: readonly Token[], found: readonly Token[]): string | undefined {
  const want = canonical(expected);
  const got = canonical(found);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const w = want[i] ?? [];
    const g = got[i] ?? [];
    const same =
      w.length === g.length &&
      w.every((t, j) => t.char === g[j]?.char || (t.char === ' ' && g[j]?.char === '\u00A0'));
    if (!same) return `alinea ${i + 1}: verwacht ${show(w)}, gevonden ${show(g)}`;
  }
  return undefined;
}

/** The first character whose marks (bold, italic, underline, raised or lowered, link) differ; undefined if none. */
function marksDifference(expected: readonly Token[], found: readonly Token[]): string | undefined {
  const want = canonical(expected).flat();
  const got = canonical(found).flat();
  for (const [i, w] of want.entries()) {
    const g = got[i];
    if (w.char === ' ' || !g) continue;
    if (JSON.stringify(w.marks) !== JSON.stringify(g.marks)) {
      return `${JSON.stringify(w.char)} op plaats ${i}: verwacht ${JSON.stringify(w.marks)}, gevonden ${JSON.stringify(g.marks)}`;
    }
  }
  return undefined;
}

/** How Word counts each numbered paragraph: its list's number format and start at its level. */
function numberingOf(
  docx: DocxPackage,
): (numId: string, level: number) => { format?: string; start?: string } {
  const numbering = parseXml(docx.part('word/numbering.xml'));
  const nums = new Map(elements(numbering, 'w:num').map((num) => [attr(num, 'w:numId') ?? '', num]));
  const abstracts = new Map(
    elements(numbering, 'w:abstractNum').map((a) => [attr(a, 'w:abstractNumId') ?? '', a]),
  );
  return (numId, level) => {
    const num = nums.get(numId);
    const abstractId = num && attr(firstElement(num, 'w:abstractNumId') ?? num, 'w:val');
    const abstract = abstracts.get(abstractId ?? '');
    const lvl = abstract && elements(abstract, 'w:lvl').find((l) => attr(l, 'w:ilvl') === String(level));
    const override = num && elements(num, 'w:lvlOverride').find((o) => attr(o, 'w:ilvl') === String(level));
    const value = (root: Element | undefined, name: string): string | undefined => {
      const el = root && firstElement(root, name);
      return el ? attr(el, 'w:val') : undefined;
    };
    return {
      format: value(lvl, 'w:numFmt'),
      start: value(override, 'w:startOverride') ?? value(lvl, 'w:start'),
    };
  };
}

function styleOf(p: Element): string | undefined {
  const pPr = p.children.find((c): c is Element => isTag(c) && c.name === 'w:pPr');
  const style = pPr && firstElement(pPr, 'w:pStyle');
  return style && attr(style, 'w:val');
}

function visible(docx: DocxPackage, paragraphs: readonly Element[]): string {
  return canonical(read(docx, paragraphs).tokens)
    .map((p) => p.map((t) => (t.char === '\u00A0' ? ' ' : t.char)).join(''))
    .join('\n');
}

/** Each table between the fences as Word has it: caption, header rows, and each row's cells with their spans. */
interface FoundTable {
  caption: string | undefined;
  rows: { header: boolean; cells: { colspan: number; rowspan: number; text: string }[] }[];
}

function tablesOf(
  docx: DocxPackage,
  paragraphs: readonly Element[],
): { table: FoundTable; problems: string[] }[] {
  const inside = new Set(paragraphs);
  const body = firstElement(docx.document, 'w:body');
  const tables = (body ? elements(body, 'w:tbl') : []).filter((t) =>
    elements(t, 'w:p').some((p) => inside.has(p)),
  );
  return tables.map((tbl) => {
    const problems: string[] = [];
    const columns = elements(tbl, 'w:gridCol').length;
    let before = tbl.prev;
    while (before && !isTag(before)) before = before.prev;
    const caption =
      before && isTag(before) && before.name === 'w:p' && styleOf(before) === 'Caption'
        ? visible(docx, [before])
        : undefined;
    const rows = elements(tbl, 'w:tr').map((tr, r) => {
      const cells = tr.children.filter((c): c is Element => isTag(c) && c.name === 'w:tc');
      const value = (tc: Element, name: string): string | undefined => {
        const el = firstElement(tc, name);
        return el ? (attr(el, 'w:val') ?? 'continue') : undefined;
      };
      const width = cells.reduce((sum, tc) => sum + Number(value(tc, 'w:gridSpan') ?? 1), 0);
      if (width !== columns) problems.push(`rij ${r + 1} beslaat ${width} van de ${columns} kolommen`);
      return {
        header: on(firstElement(tr, 'w:tblHeader')),
        cells: cells
          .filter((tc) => value(tc, 'w:vMerge') !== 'continue')
          .map((tc) => ({
            colspan: Number(value(tc, 'w:gridSpan') ?? 1),
            rowspan: value(tc, 'w:vMerge') === 'restart' ? 2 : 1,
            text: visible(docx, elements(tc, 'w:p')),
          })),
      };
    });
    return { table: { caption, rows }, problems };
  });
}

/** Every way the document differs from what the content says by element: lists, headings, footnotes, breaks, tables. */
function elementDifferences(docx: DocxPackage, paragraphs: readonly Element[], expected: Expected): string[] {
  const problems: string[] = [];
  const reading = read(docx, paragraphs);
  const counts = numberingOf(docx);
  const items = paragraphs.flatMap((p) => {
    const numPr = firstElement(p, 'w:numPr');
    if (!numPr) return [];
    const numId = attr(firstElement(numPr, 'w:numId') ?? numPr, 'w:val') ?? '';
    const level = Number(attr(firstElement(numPr, 'w:ilvl') ?? numPr, 'w:val') ?? 0);
    const { format, start } = counts(numId, level);
    return [
      { ordered: styleOf(p) === 'ListNumber', level, format: format ?? '?', start: Number(start ?? 1) },
    ];
  });
  const wantItems = expected.items.map((i) => (i.ordered ? i : { ...i, start: items[0]?.start ?? 1 }));
  const gotItems = items.map((i, n) => (i.ordered ? i : { ...i, start: wantItems[n]?.start ?? 1 }));
  if (JSON.stringify(gotItems) !== JSON.stringify(wantItems)) {
    problems.push(`opsommingen: verwacht ${JSON.stringify(wantItems)}, gevonden ${JSON.stringify(gotItems)}`);
  }
  const continuations = paragraphs.filter((p) => styleOf(p) === 'ListContinue').length;
  if (continuations !== expected.continuations) {
    problems.push(
      `vervolgalinea's in opsommingen: verwacht ${expected.continuations}, gevonden ${continuations}`,
    );
  }
  const headings = paragraphs.flatMap((p) => {
    const level = { Heading2: 2, Heading3: 3 }[styleOf(p) ?? ''];
    return level === undefined ? [] : [{ level, text: visible(docx, [p]) }];
  });
  const wantHeadings = expected.headings.map((h) => ({ ...h, text: h.text.replace(/\u00A0/g, ' ') }));
  if (JSON.stringify(headings) !== JSON.stringify(wantHeadings)) {
    problems.push(
      `tussenkoppen: verwacht ${JSON.stringify(wantHeadings)}, gevonden ${JSON.stringify(headings)}`,
    );
  }
  const references = paragraphs.flatMap((p) => elements(p, 'w:footnoteReference')).length;
  if (references !== expected.footnotes) {
    problems.push(`voetnoten: verwacht ${expected.footnotes}, gevonden ${references}`);
  }
  if (reading.breaks !== expected.breaks) {
    problems.push(`regelafbrekingen: verwacht ${expected.breaks}, gevonden ${reading.breaks}`);
  }
  if (reading.unpreserved.length > 0) {
    problems.push(
      `tekst met witruimte aan de rand zonder xml:space="preserve": ${JSON.stringify(reading.unpreserved)}`,
    );
  }
  const tables = tablesOf(docx, paragraphs);
  if (tables.length !== expected.tables.length) {
    problems.push(`tabellen: verwacht ${expected.tables.length}, gevonden ${tables.length}`);
  }
  for (const [t, want] of expected.tables.entries()) {
    const got = tables[t];
    if (!got) break;
    problems.push(...got.problems.map((p) => `tabel ${t + 1}: ${p}`));
    const wantCaption = want.caption?.replace(/\u00A0/g, ' ');
    if (got.table.caption !== wantCaption) {
      problems.push(
        `tabel ${t + 1}: bijschrift ${JSON.stringify(wantCaption)}, gevonden ${JSON.stringify(got.table.caption)}`,
      );
    }
    if (got.table.rows.length !== want.rows.length) {
      problems.push(`tabel ${t + 1}: ${want.rows.length} rijen verwacht, ${got.table.rows.length} gevonden`);
    }
    for (const [r, row] of want.rows.entries()) {
      const found = got.table.rows[r];
      if (!found) break;
      if (found.header !== row.header)
        problems.push(`tabel ${t + 1}, rij ${r + 1}: kopregel ${row.header} verwacht`);
      const spans = found.cells
        .slice(0, row.cells.length)
        .map(({ colspan, rowspan }) => ({ colspan, rowspan }));
      const wanted = row.cells.map(({ colspan, rowspan }) => ({ colspan, rowspan: Math.min(rowspan, 2) }));
      if (JSON.stringify(spans) !== JSON.stringify(wanted)) {
        problems.push(
          `tabel ${t + 1}, rij ${r + 1}: cellen ${JSON.stringify(wanted)}, gevonden ${JSON.stringify(spans)}`,
        );
      }
      // The cells Word needs beyond the writer's, to fill the grid, are empty.
      const extra = found.cells.slice(row.cells.length).filter((c) => c.text !== '' || c.colspan > 1);
      if (extra.length > 0)
        problems.push(`tabel ${t + 1}, rij ${r + 1}: cellen over ${JSON.stringify(extra)}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// The properties

describe(`every character of the writer’s text reaches the document, in order, as the element it was written in (seed ${fuzzOptions(1).seed})`, () => {
  it(
    'for section content in the documented subset: the text in order, and each element as its kind',
    async () => {
      await fc.assert(
        fc.asyncProperty(sectionContent, async (blocks) => {
          const html = `<p>${BEGIN}</p>${toHtml(blocks)}<p>${END}</p>`;
          const docx = await renderAndRead(html);
          const paragraphs = contentParagraphs(docx);
          const expected = expectedOf(blocks);
          const found = read(docx, paragraphs).tokens;
          expect(textDifference(expected.tokens, found), html).toBeUndefined();
          expect(marksDifference(expected.tokens, found), html).toBeUndefined();
          expect(elementDifferences(docx, paragraphs, expected), html).toEqual([]);
        }),
        fuzzOptions(60),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'for a section written as plain text: every line, every character of it',
    async () => {
      await fc.assert(
        fc.asyncProperty(plainText, async (plain) => {
          const text = `${BEGIN}\n\n${plain.text}\n\n${END}`;
          const docx = await renderAndRead(text);
          const paragraphs = contentParagraphs(docx);
          expect(
            textDifference(expectedOfPlain(plain), read(docx, paragraphs).tokens),
            JSON.stringify(text),
          ).toBeUndefined();
          expect(paragraphs.length, JSON.stringify(text)).toBe(plain.paragraphs.length);
        }),
        fuzzOptions(30),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'for content outside the subset: refused, the section named by its title and the element by its name',
    async () => {
      await fc.assert(
        fc.asyncProperty(contentOutsideSubset, async ({ html, outside }) => {
          const result = await render(html);
          expect(result.ok, html).toBe(false);
          if (result.ok) return;
          expect(result.error.code).toBe('invalid_input');
          const messages = (result.error.issues ?? []).filter(
            (i) => i.path === `secties[${sectionIndex}].inhoud`,
          );
          const named = messages.find((m) =>
            outside.names.every((name) => m.message.toLowerCase().includes(name.toLowerCase())),
          );
          expect(named?.message, `${html}\n${JSON.stringify(result.error.issues)}`).toMatch(
            new RegExp(`^Sectie ${JSON.stringify(sectionTitle).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
          );
          // Nothing was written: the render gave no document, and no register was made.
          expect(ctx.db.exists()).toBe(false);
        }),
        fuzzOptions(100),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
