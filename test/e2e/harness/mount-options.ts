// What a test asks the editor's harness page to mount; shared by the page (browser) and the tests (Node).
export interface MountOptions {
  value: string;
  lijstnummering?: '1' | 'a' | 'A' | 'i' | 'I';
  readOnly?: boolean;
  invalid?: boolean;
  /** Offer pictures: an upload that keeps the file under its own name, refusing one named "kapot…". */
  images?: boolean;
}
