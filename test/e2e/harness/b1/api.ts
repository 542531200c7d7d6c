// What the B1 harness page offers its suites (`window.harness`). Types only, free of the DOM, so that the suites,
// which run in Node, can name them.
import type { B1Findings } from '../../../../renderer/memos/editor/b1/placement.js';
import type { B1Settings } from '../../../../renderer/memos/editor/b1/protocol.js';

/** An answer of the live check as the page showed it. */
export interface Shown {
  html: string;
  findings: number;
  verdict: string;
}

export interface Harness {
  setContent(html: string): void;
  setFindings(findings: B1Findings | undefined): void;
  /** The underlines as ProseMirror holds them: the document's text of each. */
  underlined(): { from: number; to: number; text: string; kind: string }[];
  /** The text the page underlines for a kind of finding: its underlined pieces joined, white space squeezed. */
  drawn(kind: string): string;
  /** The computed line style of the first element matching `selector`. */
  lineStyle(selector: string): string | undefined;
  setSelection(pos: number): void;
  setSettings(settings: B1Settings): void;
  /** Every answer of the live check the page showed, in order. */
  shown: Shown[];
}

/** The page's global scope, as a suite's `page.evaluate` function reaches it: `(globalThis as unknown as HarnessScope)`. */
export interface HarnessScope {
  harness: Harness;
}
