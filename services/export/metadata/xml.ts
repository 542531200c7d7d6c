/**
 * Just enough XML writing for diwoo.xml: elements with attributes and either text or child elements, indented.
 * Every text and attribute value is escaped here, once, so that no user text can become markup.
 */
export interface XmlElement {
  name: string;
  attributes?: Readonly<Record<string, string | undefined>>;
  content: string | readonly XmlElement[];
}

export function element(
  name: string,
  content: XmlElement['content'],
  attributes?: XmlElement['attributes'],
): XmlElement {
  return attributes === undefined ? { name, content } : { name, content, attributes };
}

// A parser turns a carriage return in text into a line feed, and a tab or line break in an attribute into a space:
// written as character references they read back as they were written.
const TEXT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE: Readonly<Record<string, string>> = {
  ...TEXT,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
};

export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => TEXT[c] ?? c);
}

export function escapeAttribute(value: string): string {
  return value.replace(/[&<>\r"\t\n]/g, (c) => ATTRIBUTE[c] ?? c);
}

function attributesOf(attributes: XmlElement['attributes']): string {
  return Object.entries(attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
}

function lines(node: XmlElement, indent: string, out: string[]): void {
  const open = `${indent}<${node.name}${attributesOf(node.attributes)}`;
  if (typeof node.content === 'string') {
    out.push(`${open}>${escapeText(node.content)}</${node.name}>`);
    return;
  }
  out.push(`${open}>`);
  for (const child of node.content) lines(child, `${indent}  `, out);
  out.push(`${indent}</${node.name}>`);
}

/** The document: the XML declaration, then the root element, in UTF-8. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  lines(root, '', out);
  return `${out.join('\n')}\n`;
}
