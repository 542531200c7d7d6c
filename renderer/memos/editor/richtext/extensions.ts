import type { Extensions, NodeViewRenderer } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { Link, Sub, Sup } from './marks.js';
import { BulletList, Figcaption, Figure, Footnote, Image, ListItem, OrderedList } from './nodes.js';
import { Cell, HeaderCell, Row, Table } from './table.js';

/**
 * The nodes and marks of the HTML subset the engine renders (core/model/richtext.ts), and nothing else: StarterKit's
 * blockquote, code, code block, strike and horizontal rule are off, so neither a button nor a paste can make them,
 * and its lists and link are replaced by ones that keep what the subset says (`<ol type start>`, a bare `href`).
 * TipTap's trailing node is off too: it would add an empty paragraph after a table the writer never typed. `views`
 * gives the editor its way of showing a picture; without it (reading and writing HTML) none is needed.
 */
export function richTextExtensions(views: { image?: NodeViewRenderer } = {}): Extensions {
  return [
    StarterKit.configure({
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
      heading: { levels: [2, 3] },
    }),
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
