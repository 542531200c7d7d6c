import { Node, type Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { OFF_IN_STARTER_KIT } from './extensions.js';
import { Link, Sub, Sup } from './marks.js';

/** A footnote's text alone: one paragraph of running text with the marks the subset has, and line breaks. */
export function footnoteTextExtensions(): Extensions {
  return [
    StarterKit.configure({
      ...OFF_IN_STARTER_KIT,
      document: false,
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
