import { Mark } from '@tiptap/core';
import { Subscript } from '@tiptap/extension-subscript';
import { Superscript } from '@tiptap/extension-superscript';

/** The schemes the engine prints as a link; any other href is read as plain text, never as a link it would refuse. */
const LINK_SCHEMES = /^(https?:|mailto:)/i;

/**
 * `<a href>` with the href exactly as written and nothing else: TipTap's own link writes target, rel and class,
 * which the subset does not have. The toolbar offers no link; a stored or pasted one is kept.
 */
export const Link = Mark.create({
  name: 'link',
  // The outermost mark, so that a link over text of several marks is written as one <a>, as one link in Word.
  priority: 1000,
  inclusive: false,
  addAttributes() {
    return { href: { default: null } };
  },
  parseHTML() {
    return [
      {
        tag: 'a[href]',
        getAttrs: (el) => (LINK_SCHEMES.test(el.getAttribute('href') ?? '') ? null : false),
      },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    return ['a', { href: HTMLAttributes.href as string }, 0];
  },
});

// Superscript and subscript exclude each other, as the engine keeps only the innermost of the two: <sub><sup>x</sup></sub>
// is superscript there, and here too, as the inner mark replaces the outer one when the HTML is read.
export const Sup = Superscript.extend({ excludes: 'superscript subscript' });
export const Sub = Subscript.extend({ excludes: 'superscript subscript' });
