// A PDF as an assistive technology or an archive reads it, through pdfjs-dist (Mozilla's reader, not our code): whether
// it is tagged, what PDF/A part it declares, its language, and its structure tree with the text under each element.
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One element of the structure tree: its standard role (the role map applied) and the text of its content. */
export interface StructElement {
  role: string;
  text: string;
  children: StructElement[];
}

export interface PdfStructure {
  /** The catalog's MarkInfo says Marked: the PDF is tagged. */
  marked: boolean;
  /** `pdfaid:part` and `pdfaid:conformance` from the XMP metadata, as declared. */
  pdfa: { part: string | undefined; conformance: string | undefined };
  /** The catalog's /Lang. */
  language: string | undefined;
  pages: number;
  /** Each page's structure tree under its root, in page order. */
  roots: StructElement[];
}

/** What pdfjs's getStructTree gives: elements with a role and children, and content that names marked content. */
interface RawNode {
  role?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

interface TextItemLike {
  str?: string;
  type?: string;
  id?: string;
}

/** The text of each marked-content id on a page; text in nested marked content goes to the innermost id. */
function textById(items: readonly TextItemLike[]): Map<string, string> {
  const texts = new Map<string, string>();
  const open: (string | undefined)[] = [];
  for (const item of items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      open.push(item.id);
    } else if (item.type === 'endMarkedContent') {
      open.pop();
    } else if (item.str !== undefined) {
      const id = open.findLast((candidate) => candidate !== undefined);
      if (id !== undefined) texts.set(id, (texts.get(id) ?? '') + item.str);
    }
  }
  return texts;
}

function element(node: RawNode, texts: Map<string, string>): StructElement {
  const children: StructElement[] = [];
  let text = '';
  for (const child of node.children ?? []) {
    if (child.type === 'content' && child.id !== undefined) {
      text += texts.get(child.id) ?? '';
    } else if (child.role !== undefined) {
      const sub = element(child, texts);
      children.push(sub);
      text += sub.text;
    }
  }
  return { role: node.role ?? '', text, children };
}

export async function readPdfStructure(file: string): Promise<PdfStructure> {
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
  try {
    const markInfo = await doc.getMarkInfo();
    const { info, metadata } = await doc.getMetadata();
    const field = (name: string): string | undefined => {
      const value: unknown = metadata.get(name);
      return typeof value === 'string' ? value : undefined;
    };
    const roots: StructElement[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const tree = (await page.getStructTree()) as RawNode | null;
      const content = await page.getTextContent({ includeMarkedContent: true });
      if (tree) roots.push(element(tree, textById(content.items)));
    }
    const language = (info as { Language?: unknown }).Language;
    return {
      marked: markInfo?.Marked === true,
      pdfa: { part: field('pdfaid:part'), conformance: field('pdfaid:conformance') },
      language: typeof language === 'string' ? language : undefined,
      pages: doc.numPages,
      roots,
    };
  } finally {
    await doc.destroy();
  }
}

/** Every element of the trees, depth first, in document order. */
export function allElements(roots: readonly StructElement[]): StructElement[] {
  const out: StructElement[] = [];
  const walk = (e: StructElement): void => {
    out.push(e);
    for (const child of e.children) walk(child);
  };
  for (const root of roots) walk(root);
  return out;
}

/** A heading in a tagged PDF: H, or H1 to H6. */
export const isHeading = (e: StructElement): boolean => /^H[1-6]?$/.test(e.role);
