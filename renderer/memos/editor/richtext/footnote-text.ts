import { Node, type Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { Link, Sub, Sup } from './marks.js';

/** A footnote's text alone: one paragraph of running text with the marks the subset has, and line breaks. */
export function footnoteTextExtensions(): Extensions {
  return [
    StarterKit.configure({
      document: false,
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
      heading: false,
      dropcursor: false,
      gapcursor: false,
    }),
    Node.create({ name: 'doc', topNode: true, content: 'paragraph' }),
    Sup,
    Sub,
    Link,
  ];
}
