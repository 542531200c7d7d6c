/** The white space HTML collapses, as ProseMirror reads it. */
const SPACE = /[ \t\r\n\f]+/g;

/** The elements that hold running text in the editor's output; a footnote's text is a run of its own. */
const TEXT_HOLDERS = 'p, h2, h3, figcaption, caption, span[data-type="footnote"]';

const MARKS = new Set(['STRONG', 'EM', 'U', 'SUP', 'SUB', 'A']);

/**
 * White space in written HTML as reading it back keeps it: ProseMirror collapses each run to one space and drops a
 * space at the start of a line (the start of the text, after a line break, or after a space), and at its end. The
 * editor's document may hold such spaces as typed; written as they are, reading the HTML back would lose them, and
 * the editor's output would not read back as itself. No reader sees them: HTML shows none of them either.
 */
export function collapseWhiteSpace(body: HTMLElement): void {
  for (const holder of Array.from(body.querySelectorAll(TEXT_HOLDERS))) collapseIn(holder);
  for (const mark of Array.from(body.querySelectorAll('strong, em, u, sup, sub, a')).reverse()) {
    if (!mark.hasChildNodes()) mark.remove();
  }
}

function collapseIn(holder: Element): void {
  const texts: Text[] = [];
  /** What came before in this run of text: nothing yet, text ending in a space, other text, or something else. */
  let before = 'nothing' as 'nothing' | 'space' | 'text' | 'other';
  const walk = (parent: Node): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node instanceof Text) {
        let value = node.data.replace(SPACE, ' ');
        const afterBreak = node.previousSibling?.nodeName === 'BR';
        if (value.startsWith(' ') && (before === 'nothing' || before === 'space' || afterBreak)) {
          value = value.slice(1);
        }
        if (value === '') {
          node.remove();
          continue;
        }
        if (node.data !== value) node.data = value;
        texts.push(node);
        before = value.endsWith(' ') ? 'space' : 'text';
      } else if (node instanceof Element && MARKS.has(node.tagName)) {
        walk(node);
      } else {
        before = 'other';
      }
    }
  };
  walk(holder);
  // A space at the end is dropped, and with it any that the one before it now ends in.
  for (let last = texts.pop(); last && before !== 'other'; last = texts.pop()) {
    const value = last.data.replace(/ +$/, '');
    if (value === last.data) break;
    if (value !== '') {
      last.data = value;
      break;
    }
    last.remove();
  }
}
