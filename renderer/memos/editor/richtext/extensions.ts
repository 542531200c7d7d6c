import type { Extensions, NodeViewRenderer } from '@tiptap/core';
import { StarterKit, type StarterKitOptions } from '@tiptap/starter-kit';
import { Link, Sub, Sup } from './marks.js';
import { BulletList, Figcaption, Figure, Footnote, Image, ListItem, OrderedList } from './nodes.js';
import { Cell, HeaderCell, Row, Table } from './table.js';

/**
 * StarterKit's parts that the subset does not have (blockquote, code, strike, horizontal rule) or that are replaced
 * by this folder's own (lists, link); TipTap's trailing node would add an empty paragraph after a table the writer
 * never typed. Off in the section's editor and in a footnote's alike.
 */
export const OFF_IN_STARTER_KIT = {
  blockquote: false,
  code: false,
  codeBlock: false,
  strike: false,
  horizontalRule: false,
  link: false,
  bulletList: false,
  orderedList: false,
  listItem: false,
  listKeymap: false,
  trailingNode: false,
} as const satisfies Partial<StarterKitOptions>;

/**
 * The nodes and marks of the HTML subset the engine renders (core/model/richtext.ts), and nothing else, so that
 * neither a button nor a paste can make more; the lists and link are this folder's, which keep what the subset says
 * (`<ol type start>`, a bare `href`). `views`
 * gives the editor its way of showing a picture; without it (reading and writing HTML) none is needed.
 */
export function richTextExtensions(views: { image?: NodeViewRenderer } = {}): Extensions {
  return [
    StarterKit.configure({ ...OFF_IN_STARTER_KIT, heading: { levels: [2, 3] } }),
    Sup,
    Sub,
    Link,
    BulletList,
    OrderedList,
    ListItem,
    views.image ? Image.extend({ addNodeView: () => views.image ?? null }) : Image,
    Figure,
    Figcaption,
    Footnote,
    Table,
    Row,
    Cell,
    HeaderCell,
  ];
}
