import { getSchema } from '@tiptap/core';
import { DOMParser as PmParser, DOMSerializer, type Node as PmNode, type Schema } from '@tiptap/pm/model';
import { RICH_TEXT_ATTRIBUTES } from '../../../../core/model/richtext.js';
import { plainTextAsHtml } from '../../../../core/plain-text.js';
import { richTextExtensions } from './extensions.js';
import { IMAGE_SRC } from './nodes.js';
import { CAPTION, HEAD_ROW } from './table.js';
import { collapseWhiteSpace } from './white-space.js';

let schema: Schema | undefined;

/** The editor's schema, for reading and writing HTML without an editor. */
export function richTextSchema(): Schema {
  schema ??= getSchema(richTextExtensions());
  return schema;
}

/**
 * HTML in a document of its own, which loads and runs nothing: a picture's src is a file name, and would be fetched
 * (and fail) in the page's document. `<body>` first, so that white space at the start is text, as the engine reads it.
 */
function inertBody(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
}

/**
 * A section's stored rich text as the editor's document: plain text laid out as paragraphs first, as the engine does
 * (core/plain-text.ts), then the HTML by the schema's rules. TipTap's own reading is not used: it removes white space
 * between elements, and "<b>a</b> <i>b</i>" would lose its space.
 */
export function parseRichText(html: string, into: Schema = richTextSchema()): PmNode {
  return PmParser.fromSchema(into).parse(inertBody(plainTextAsHtml(html)));
}

/** Plain text as the paragraphs (blank lines) and line breaks the writer typed, every character of it as text. */
export function plainTextHtml(text: string): string {
  return plainTextAsHtml(text.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
}

/**
 * The editor's document as the stored HTML, canonical: only the subset's elements and attributes
 * (RICH_TEXT_ATTRIBUTES), a table's head rows in `<thead>` and its caption in `<caption>`, an empty list item or cell
 * as `<li></li>`, and an empty document as "". Reading it back and writing it again gives the same string.
 */
export function serializeRichText(doc: PmNode): string {
  const body = inertBody('');
  const fragment = DOMSerializer.fromSchema(doc.type.schema).serializeFragment(doc.content, {
    document: body.ownerDocument,
  });
  body.append(fragment);
  tidy(body, doc.type.schema);
  const html = body.innerHTML;
  return html === '<p></p>' ? '' : html;
}

/** Stored rich text as the editor writes it: what a round trip through the editor gives. */
export function canonicalHtml(html: string): string {
  return serializeRichText(parseRichText(html));
}

/** A table caption's HTML as the editor would write the same content in a paragraph. */
function canonicalInline(html: string, into: Schema): string {
  const paragraph = PmParser.fromSchema(into).parse(inertBody(html), {
    topNode: into.nodes.paragraph?.create(),
  });
  const body = inertBody('');
  body.append(
    DOMSerializer.fromSchema(into).serializeFragment(paragraph.content, { document: body.ownerDocument }),
  );
  tidy(body, into);
  return body.innerHTML;
}

function tidy(body: HTMLElement, into: Schema): void {
  for (const table of Array.from(body.querySelectorAll('table'))) tidyTable(table, into);
  collapseWhiteSpace(body);
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const src = img.getAttribute(IMAGE_SRC);
    img.removeAttribute(IMAGE_SRC);
    // Attributes in the order the subset names them: src first.
    const rest = img.getAttributeNames().map((name) => [name, img.getAttribute(name) ?? ''] as const);
    for (const [name] of rest) img.removeAttribute(name);
    if (src !== null) img.setAttribute('src', src);
    for (const [name, value] of rest) img.setAttribute(name, value);
  }
  for (const holder of Array.from(body.querySelectorAll('li, td, th'))) {
    const [only, ...rest] = Array.from(holder.childNodes);
    if (only instanceof Element && only.tagName === 'P' && !only.hasChildNodes() && rest.length === 0)
      only.remove();
  }
  // The schema writes no other attribute; this keeps it so whatever an extension adds.
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const allowed = RICH_TEXT_ATTRIBUTES[el.tagName.toLowerCase()] ?? [];
    for (const name of el.getAttributeNames()) if (!allowed.includes(name)) el.removeAttribute(name);
  }
}

/** The head rows into `<thead>`, the caption into `<caption>`. */
function tidyTable(table: HTMLTableElement, into: Schema): void {
  const tbody = Array.from(table.children).find((c) => c.tagName === 'TBODY');
  if (tbody) {
    const thead = table.ownerDocument.createElement('thead');
    for (const row of Array.from(tbody.children)) {
      if (!row.hasAttribute(HEAD_ROW)) break;
      thead.append(row);
    }
    if (thead.hasChildNodes()) table.insertBefore(thead, tbody);
    if (!tbody.hasChildNodes()) tbody.remove();
  }
  const caption = table.getAttribute(CAPTION);
  if (caption !== null) {
    const el = table.ownerDocument.createElement('caption');
    el.innerHTML = canonicalInline(caption, into);
    table.prepend(el);
  }
}
