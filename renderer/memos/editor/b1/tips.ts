import type { EditorState, PluginView } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { capitalised } from '../../../../core/errors.js';
import type { PlacedFinding } from './placement.js';

/** A finding as the writer reads it: what it is, where when in a footnote, why, and what to do. */
export function describeFinding({ finding, footnote }: PlacedFinding): string {
  const where = footnote === undefined ? '' : ` (in voetnoot ${footnote + 1})`;
  const suggestion = finding.suggestion === null ? '' : ` Suggestie: ${finding.suggestion}`;
  return `${capitalised(finding.label)}${where}: ‘${finding.text}’. ${finding.explanation}${suggestion}`;
}

let tipCount = 0;

/**
 * The explanation of a finding where the writer is: a tooltip by the underline the mouse is on, and a panel under
 * the editor for the finding the caret is in, which is a polite live region (a screen reader reads it out when the
 * caret enters a finding, without interrupting). Both stand next to the editable element, not inside it, so that
 * ProseMirror never sees them; they are placed by the CSSOM (the CSP allows no style attributes).
 */
export class FindingTips implements PluginView {
  private readonly panel = document.createElement('div');
  private readonly tooltip = document.createElement('div');
  private shown: string | undefined;

  constructor(
    private readonly view: EditorView,
    private readonly findingAt: (state: EditorState, pos: number) => PlacedFinding | undefined,
  ) {
    tipCount++;
    this.panel.className = 'b1-panel';
    this.panel.setAttribute('role', 'status');
    this.panel.setAttribute('aria-live', 'polite');
    this.tooltip.className = 'b1-tooltip';
    this.tooltip.id = `b1-tooltip-${tipCount}`;
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.hidden = true;
    view.dom.addEventListener('mousemove', this.onMouseMove);
    view.dom.addEventListener('mouseleave', this.hideTooltip);
    this.update(view);
  }

  update(view: EditorView): void {
    this.attach();
    const { selection } = view.state;
    const placed = this.findingAt(view.state, selection.head);
    const text = placed ? describeFinding(placed) : undefined;
    if (text === this.shown) return;
    this.shown = text;
    this.panel.textContent = text ?? '';
  }

  destroy(): void {
    this.view.dom.removeEventListener('mousemove', this.onMouseMove);
    this.view.dom.removeEventListener('mouseleave', this.hideTooltip);
    this.panel.remove();
    this.tooltip.remove();
  }

  /** Next to the editable element, wherever the editor's host has put it (TipTap's React host moves it on mount). */
  private attach(): void {
    const dom = this.view.dom;
    if (dom.parentNode === null || this.panel.previousSibling === dom) return;
    dom.after(this.panel, this.tooltip);
  }

  private readonly onMouseMove = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest('.b1-finding') : null;
    const at = target ? this.view.posAtCoords({ left: event.clientX, top: event.clientY }) : null;
    const placed = at ? this.findingAt(this.view.state, at.pos) : undefined;
    if (!target || !placed) {
      this.hideTooltip();
      return;
    }
    const text = describeFinding(placed);
    if (this.tooltip.textContent !== text) this.tooltip.textContent = text;
    const box = target.getBoundingClientRect();
    this.tooltip.style.left = `${Math.round(box.left)}px`;
    this.tooltip.style.top = `${Math.round(box.bottom + 4)}px`;
    this.tooltip.hidden = false;
  };

  private readonly hideTooltip = (): void => {
    this.tooltip.hidden = true;
  };
}
