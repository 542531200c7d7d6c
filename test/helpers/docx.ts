/**
 * Reads a DOCX back the way a consumer would: unzip it, parse its XML parts with a real XML parser (htmlparser2 in
 * XML mode) and take the text from the `w:t` elements, entities decoded by the parser. Nothing here uses regexes
 * on markup to find text, so a test that passes through this reader sees what Word would see.
 */
import { strFromU8, unzipSync } from 'fflate';
import { Parser, parseDocument } from 'htmlparser2';
import { isTag, type AnyNode, type Document, type Element } from 'domhandler';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';

export interface DocxParagraph {
  /** The paragraph style (`w:pStyle`), e.g. "Heading1"; undefined for Normal. */
  style: string | undefined;
  /** The text of its `w:t` elements; a line break (`w:br`) is "\n", a tab "\t". Footnote text is not included. */
  text: string;
  /** The list numbering (`w:numPr`), if the paragraph has one. */
  numbering: { numId: string; level: number } | undefined;
  /** The ids of the footnotes referenced from this paragraph (`w:footnoteReference`). */
  footnoteIds: string[];
  /** Whether the paragraph sits in a table cell. */
  inTable: boolean;
}

export interface DocxFootnote {
  id: string;
  /** Text of the footnote, without the one space Word puts between the number and the text. */
  text: string;
}

type HeaderFooterType = 'default' | 'first' | 'even';

export interface DocxPackage {
  /** Every part of the package, by its path in the zip. */
  files: Readonly<Record<string, Uint8Array>>;
  documentXml: string;
  stylesXml: string;
  coreXml: string;
  footnotesXml: string;
  /** word/document.xml, parsed. */
  document: Document;
  /** Body paragraphs in reading order, paragraphs in table cells included where the table stands. */
  paragraphs: DocxParagraph[];
  /** The user's footnotes (not Word's separators), in id order. */
  footnotes: DocxFootnote[];
  /** Text of each header part (word/header*.xml), in part-name order. */
  headers: string[];
  /** Header and footer part paths by their `w:type` in the body's section properties. */
  headerParts: Partial<Record<HeaderFooterType, string>>;
  footerParts: Partial<Record<HeaderFooterType, string>>;
  /** A part as text; throws if the package lacks it. */
  part(path: string): string;
  /** A part parsed as XML; throws if the package lacks it. */
  dom(path: string): Document;
  /** The text of a part's paragraphs, one line per paragraph. */
  partText(path: string): string;
  /** Where a part's relationships point: relationship id → target path in the package. */
  relationships(path: string): Record<string, string>;
}

export function parseXml(xml: string): Document {
  return parseDocument(xml, { xmlMode: true, decodeEntities: true });
}

/** All elements named `name` (a qualified name such as "w:p") under `root`, in document order. */
export function elements(root: AnyNode | AnyNode[], name: string): Element[] {
  return findAll((el) => el.name === name, Array.isArray(root) ? root : [root]);
}

export function firstElement(root: AnyNode | AnyNode[], name: string): Element | undefined {
  return findOne((el) => el.name === name, Array.isArray(root) ? root : [root], true) ?? undefined;
}

/** Every element under `root`, in document order. */
export function allElements(root: AnyNode | AnyNode[]): Element[] {
  return findAll(() => true, Array.isArray(root) ? root : [root]);
}

/** The decoded text content of a node, as the XML parser read it. */
export function textOf(node: AnyNode): string {
  return textContent(node);
}

export function attr(el: Element, name: string): string | undefined {
  return getAttributeValue(el, name);
}

/** The text a paragraph shows: its `w:t` elements, with `w:br` and `w:tab` as "\n" and "\t". */
export function paragraphText(p: Element): string {
  let out = '';
  const walk = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      const el = node;
      switch (el.name) {
        case 'w:t':
          out += textContent(el);
          break;
        case 'w:br':
          if (attr(el, 'w:type') !== 'page' && attr(el, 'w:type') !== 'column') out += '\n';
          break;
        case 'w:tab':
          // w:tab inside w:pPr/w:tabs is a tab stop, not a character.
          if (el.parent && (el.parent as Element).name !== 'w:tabs') out += '\t';
          break;
        case 'w:footnoteReference':
        case 'w:pPr':
        case 'w:instrText':
          break;
        default:
          walk(el.children);
      }
    }
  };
  walk(p.children);
  return out;
}

function hasAncestor(el: Element, name: string): boolean {
  for (let node = el.parent; node; node = node.parent) {
    if ((node as Element).name === name) return true;
  }
  return false;
}

function toParagraph(p: Element): DocxParagraph {
  const pPr = p.children.find((c): c is Element => isTag(c) && c.name === 'w:pPr');
  const styleEl = pPr && firstElement(pPr, 'w:pStyle');
  const numPr = pPr && firstElement(pPr, 'w:numPr');
  const numId = numPr && firstElement(numPr, 'w:numId');
  const ilvl = numPr && firstElement(numPr, 'w:ilvl');
  return {
    style: styleEl && attr(styleEl, 'w:val'),
    text: paragraphText(p),
    numbering: numId
      ? { numId: attr(numId, 'w:val') ?? '', level: Number((ilvl && attr(ilvl, 'w:val')) ?? '0') }
      : undefined,
    footnoteIds: elements(p, 'w:footnoteReference').map((r) => attr(r, 'w:id') ?? ''),
    inTable: hasAncestor(p, 'w:tc'),
  };
}

export function readDocx(bytes: Uint8Array): DocxPackage {
  const files = unzipSync(bytes);
  const text = (path: string): string => {
    const data = files[path];
    if (!data) throw new Error(`${path} ontbreekt in het DOCX-pakket`);
    return strFromU8(data);
  };
  const doms = new Map<string, Document>();
  const dom = (path: string): Document => {
    let parsed = doms.get(path);
    if (!parsed) {
      parsed = parseXml(text(path));
      doms.set(path, parsed);
    }
    return parsed;
  };
  const relationships = (path: string): Record<string, string> => {
    const slash = path.lastIndexOf('/');
    const dir = path.slice(0, slash + 1);
    const relsPath = `${dir}_rels/${path.slice(slash + 1)}.rels`;
    if (!(relsPath in files)) return {};
    const out: Record<string, string> = {};
    for (const rel of elements(dom(relsPath), 'Relationship')) {
      const id = attr(rel, 'Id');
      const target = attr(rel, 'Target');
      if (id && target) out[id] = attr(rel, 'TargetMode') === 'External' ? target : `${dir}${target}`;
    }
    return out;
  };
  const partText = (path: string): string => elements(dom(path), 'w:p').map(paragraphText).join('\n');

  const document = dom('word/document.xml');
  const body = firstElement(document, 'w:body');
  if (!body) throw new Error('word/document.xml heeft geen w:body');
  const paragraphs = elements(body, 'w:p').map(toParagraph);

  const footnotesXml = 'word/footnotes.xml' in files ? text('word/footnotes.xml') : '';
  const footnotes = footnotesXml
    ? elements(dom('word/footnotes.xml'), 'w:footnote')
        .filter((f) => attr(f, 'w:type') === undefined || attr(f, 'w:type') === 'normal')
        .map((f) => ({
          id: attr(f, 'w:id') ?? '',
          text: elements(f, 'w:p').map(paragraphText).join('\n').replace(/^ /, ''),
        }))
    : [];

  const rels = relationships('word/document.xml');
  const sectPr = elements(body, 'w:sectPr').at(-1);
  const refs = (name: string): Partial<Record<HeaderFooterType, string>> => {
    const out: Partial<Record<HeaderFooterType, string>> = {};
    for (const ref of sectPr ? elements(sectPr, name) : []) {
      const type = (attr(ref, 'w:type') ?? 'default') as HeaderFooterType;
      const target = rels[attr(ref, 'r:id') ?? ''];
      if (target) out[type] = target;
    }
    return out;
  };

  const headerNames = Object.keys(files)
    .filter((p) => /^word\/header\d*\.xml$/.test(p))
    .sort();

  return {
    files,
    documentXml: text('word/document.xml'),
    stylesXml: text('word/styles.xml'),
    coreXml: text('docProps/core.xml'),
    footnotesXml,
    document,
    paragraphs,
    footnotes,
    headers: headerNames.map(partText),
    headerParts: refs('w:headerReference'),
    footerParts: refs('w:footerReference'),
    part: text,
    dom,
    partText,
    relationships,
  };
}

const XML_REFERENCE = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Checks that `xml` is well-formed as far as a consumer of WordprocessingML cares: one root element, every tag
 * closed by its own end tag or `/>`, no end tag without a start tag, no bare `<` or `&` and no character that
 * XML 1.0 forbids in text or attribute values, and no `]]>` in text. htmlparser2 by itself is lenient (it closes
 * what was left open and drops what does not match), so this watches its events and looks at the raw text it
 * tokenised. Returns the problems found; an empty list means well-formed.
 */
export function wellFormednessProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let explicitEndTags = 0;

  const checkRaw = (raw: string, where: string): void => {
    if (raw.includes('<')) problems.push(`"<" in ${where}: ${raw.slice(0, 60)}`);
    const forbidden = NOT_XML_CHAR.exec(raw);
    if (forbidden) {
      const code = forbidden[0].charCodeAt(0).toString(16).padStart(4, '0');
      problems.push(`U+${code.toUpperCase()} (not allowed in XML 1.0) in ${where}`);
    }
    for (let i = raw.indexOf('&'); i !== -1; i = raw.indexOf('&', i + 1)) {
      if (!XML_REFERENCE.test(raw.slice(i))) problems.push(`bare "&" in ${where}: ${raw.slice(i, i + 20)}`);
    }
  };

  class Checking extends Parser {
    override onclosetag(start: number, endIndex: number): void {
      explicitEndTags += 1;
      super.onclosetag(start, endIndex);
    }
    override ontext(start: number, endIndex: number): void {
      const raw = xml.slice(start, endIndex);
      checkRaw(raw, 'text');
      if (raw.includes(']]>')) problems.push(`"]]>" in text: ${raw.slice(0, 60)}`);
      super.ontext(start, endIndex);
    }
    override onattribdata(start: number, endIndex: number): void {
      checkRaw(xml.slice(start, endIndex), 'an attribute');
      super.onattribdata(start, endIndex);
    }
  }

  let matchedEndTags = 0;
  const parser: Checking = new Checking(
    {
      onopentag(name) {
        if (stack.length === 0) roots += 1;
        stack.push(name);
      },
      onclosetag(name, isImplied) {
        const top = stack.pop();
        if (top !== name) problems.push(`</${name}> closes <${top ?? ''}>`);
        if (!isImplied) {
          matchedEndTags += 1;
          return;
        }
        // An implied close is fine only for a self-closing tag, whose source ends in "/>".
        const end = parser.endIndex;
        if (xml[end] !== '>' || xml[end - 1] !== '/') problems.push(`<${name}> is not closed`);
      },
      onerror(error) {
        problems.push(error.message);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  if (explicitEndTags !== matchedEndTags) {
    problems.push(`${explicitEndTags - matchedEndTags} end tag(s) without a matching start tag`);
  }
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
