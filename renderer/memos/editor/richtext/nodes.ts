import { Node } from '@tiptap/core';

/**
 * What a list item or a table cell may hold: the engine places no picture there (it would have to fit an indent or a
 * cell), so neither can the editor.
 */
export const FLOW = '(paragraph | heading | bulletList | orderedList | table)+';

/** An attribute kept exactly as written (a string), and written back only when it was there. */
const verbatim = (name: string) => ({
  default: null,
  parseHTML: (el: HTMLElement) => el.getAttribute(name),
  rendered: false,
});

/** The attributes of `node` that were given, in the order named. */
function given(attrs: Record<string, unknown>, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = attrs[name];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

export const ListItem = Node.create({
  name: 'listItem',
  content: FLOW,
  defining: true,
  parseHTML: () => [{ tag: 'li' }],
  renderHTML: () => ['li', 0],
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      Tab: () => this.editor.commands.sinkListItem(this.name),
      'Shift-Tab': () => this.editor.commands.liftListItem(this.name),
    };
  },
});

export const BulletList = Node.create({
  name: 'bulletList',
  group: 'block',
  content: 'listItem+',
  parseHTML: () => [{ tag: 'ul' }],
  renderHTML: () => ['ul', 0],
});

/** The numbering formats of HTML's `<ol type>`, which the engine counts as Word does. */
export const LIST_TYPES = ['1', 'a', 'A', 'i', 'I'] as const;
export type ListType = (typeof LIST_TYPES)[number];

/**
 * `<ol type start>`, both kept as written: without them the engine numbers a nested list a., i., so `start="1"` or
 * `type="1"` is not the same as nothing.
 */
export const OrderedList = Node.create({
  name: 'orderedList',
  group: 'block',
  content: 'listItem+',
  addAttributes: () => ({ type: verbatim('type'), start: verbatim('start') }),
  parseHTML: () => [{ tag: 'ol' }],
  renderHTML: ({ node }) => ['ol', given(node.attrs, ['type', 'start']), 0],
});

const IMAGE_ATTRIBUTES = ['src', 'alt', 'width', 'height'] as const;

/** Where a written picture carries its file's name until the serializer makes it its src; never stored. */
export const IMAGE_SRC = 'data-rn-src';

/** The `<img>` that is the one thing in a paragraph, white space aside: the engine takes it as a picture. */
function soleImage(p: HTMLElement): HTMLElement | undefined {
  const [only, ...rest] = Array.from(p.children);
  const blank = Array.from(p.childNodes).every(
    (n) => n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim() === ''),
  );
  return only?.tagName === 'IMG' && rest.length === 0 && blank ? (only as HTMLElement) : undefined;
}

const imageAttrs = (img: HTMLElement) =>
  Object.fromEntries(IMAGE_ATTRIBUTES.map((name) => [name, img.getAttribute(name)]));

/**
 * A picture of the memo: `src` names its file in the register, not an address; the editor shows it through
 * `images.address` (ImageView). Written as `<img>` on its own, which the engine reads as it reads `<p><img></p>`.
 */
export const Image = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => Object.fromEntries(IMAGE_ATTRIBUTES.map((name) => [name, verbatim(name)])),
  parseHTML: () => [
    { tag: 'img', getAttrs: (el) => imageAttrs(el) },
    {
      tag: 'p',
      priority: 60,
      getAttrs: (el) => {
        const img = soleImage(el);
        return img ? imageAttrs(img) : false;
      },
    },
  ],
  // The file's name goes out as data-rn-src, which the serializer turns into src: an <img src="kaart.png"> in the page
  // (TipTap draws nodes without their view for a moment when the editor goes) would fetch it there, and fail.
  renderHTML: ({ node }) => {
    const { src, ...rest } = given(node.attrs, IMAGE_ATTRIBUTES);
    return ['img', { ...(src !== undefined && { [IMAGE_SRC]: src }), ...rest }];
  },
});

/** `<figure>`: one picture and at most one caption, above or below it as written. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: '(image figcaption?) | (figcaption image)',
  isolating: true,
  parseHTML: () => [{ tag: 'figure' }],
  renderHTML: () => ['figure', 0],
});

export const Figcaption = Node.create({
  name: 'figcaption',
  content: 'inline*',
  parseHTML: () => [{ tag: 'figcaption' }],
  renderHTML: () => ['figcaption', 0],
});

/**
 * A footnote where the writer wrote it, with its text inside: `<span data-type="footnote">tekst</span>`. In the text it
 * is one piece, shown as its number (in CSS) and its text; the toolbar's "Voetnoot wijzigen" edits that text, with its
 * marks, in a dialog. Held as one piece because a caret at its edge could not say whether it was in the footnote or
 * after it. It holds no footnote itself.
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  content: '(text | hardBreak)*',
  parseHTML: () => [{ tag: 'span[data-type="footnote"]' }],
  renderHTML: () => ['span', { 'data-type': 'footnote' }, 0],
  addNodeView: () => (props) => {
    const dom = document.createElement('span');
    dom.dataset.type = 'footnote';
    dom.className = 'rn-footnote';
    dom.contentEditable = 'false';
    const show = (text: string): void => {
      dom.textContent = text;
      dom.title = `Voetnoot: ${text}`;
    };
    show(props.node.textContent);
    return {
      dom,
      update: (node) => {
        if (node.type !== props.node.type) return false;
        show(node.textContent);
        return true;
      },
    };
  },
});
