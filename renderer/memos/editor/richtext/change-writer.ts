import type { Node as PmNode } from '@tiptap/pm/model';
import { serializeRichText } from './html.js';

/** Writing the HTML at each keystroke is fine while it takes no longer than this (ms): a frame has 16. */
const AT_ONCE_MS = 4;
/** Otherwise the HTML goes out when the writer pauses this long (ms), or leaves the text or the page. */
const PAUSE_MS = 150;

/**
 * Hands the document's HTML to `emit` when it changed: at once after each change while writing it is cheap, and, in
 * a section so long that writing it would slow the typing (thousands of words), when the writer pauses; `flush`
 * writes whatever is pending at once (blur, page hide, unmount), so no keystroke waits longer than the pause. A change
 * held back is told to `held` at once, with the way to write it out: the autosave must not say "opgeslagen" while a
 * change waits here, and writes it out before it saves.
 */
export class ChangeWriter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: PmNode | undefined;
  private cost = 0;

  constructor(
    private written: string,
    private readonly emit: (html: string) => void,
    private readonly held: (write: () => void) => void,
  ) {}

  changed(doc: PmNode): void {
    this.pending = doc;
    if (this.cost <= AT_ONCE_MS) {
      this.flush();
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(this.write, PAUSE_MS);
    this.held(this.write);
  }

  private readonly write = (): void => {
    this.flush();
  };

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const doc = this.pending;
    if (!doc) return;
    this.pending = undefined;
    const start = performance.now();
    const html = serializeRichText(doc);
    this.cost = performance.now() - start;
    if (html === this.written) return;
    this.written = html;
    this.emit(html);
  }
}
