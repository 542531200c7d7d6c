// What the rich-text editor's harness page (main.tsx) offers its suites on `window.harness`, free of the DOM so that
// the suites' Node side (test/helpers/editor-harness.ts) names the same thing.

/** What a test asks the page to mount. */
export interface MountOptions {
  value: string;
  lijstnummering?: '1' | 'a' | 'A' | 'i' | 'I';
  readOnly?: boolean;
  invalid?: boolean;
  /** Offer pictures: an upload that keeps the file under its own name, refusing one named "kapot…". */
  images?: boolean;
}

export interface RichTextHarness {
  /** Mounts the editor afresh with these props; what it hands back starts empty. */
  mount(options: MountOptions): void;
  canonicalHtml(html: string): string;
  /** Each html onChange gave, in order. */
  changes: string[];
  blurs: number;
  /** The files the editor uploaded, by name. */
  uploads: string[];
  /** A paste into the editor as the browser fires it, with the clipboard's data by type. */
  paste(data: Record<string, string>): void;
}
