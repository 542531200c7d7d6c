import type { Node as PmNode } from '@tiptap/pm/model';
import type { NodeViewRenderer } from '@tiptap/core';

/** Where the editor finds a picture's address (a blob: URL once fetched), and the pictures on screen to refresh. */
export class ImageAddresses {
  private address: (naam: string) => string | undefined = () => undefined;
  private readonly shown = new Set<() => void>();

  /** The screen's current way to find addresses; every picture shown looks again, as one may have arrived. */
  use(address: ((naam: string) => string | undefined) | undefined): void {
    this.address = address ?? (() => undefined);
    for (const refresh of this.shown) refresh();
  }

  /**
   * A picture as the editor shows it: the picture itself, or, until its address is known, a box that says which file
   * it is and what it shows. Its src stays the file's name: the address is only for the screen.
   */
  readonly view: NodeViewRenderer = ({ node: first }) => {
    let node: PmNode = first;
    const dom = document.createElement('div');
    dom.className = 'rn-image';
    const img = document.createElement('img');
    const missing = document.createElement('span');
    missing.className = 'rn-image-missing';
    dom.append(img, missing);
    const show = (): void => {
      const src = String(node.attrs.src ?? '');
      const alt = String(node.attrs.alt ?? '');
      const url = this.address(src);
      for (const name of ['width', 'height'] as const) {
        const value = node.attrs[name] as string | null;
        if (value === null) img.removeAttribute(name);
        else img.setAttribute(name, value);
      }
      img.alt = alt;
      img.hidden = url === undefined;
      if (url !== undefined && img.getAttribute('src') !== url) img.src = url;
      missing.hidden = url !== undefined;
      missing.textContent = `Afbeelding ${src}${alt === '' ? ' (nog zonder alt-tekst)' : `: ${alt}`}`;
      dom.title = alt === '' ? 'Deze afbeelding heeft nog geen alt-tekst' : alt;
    };
    show();
    this.shown.add(show);
    return {
      dom,
      update: (next) => {
        if (next.type !== node.type) return false;
        node = next;
        show();
        return true;
      },
      destroy: () => this.shown.delete(show),
    };
  };
}
