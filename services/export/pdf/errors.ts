/**
 * LibreOffice did not make a PDF: it was stopped after its time, it ended without one of the files, or a document to
 * convert is not there. The message says which in Dutch and names the document, as the reason beside an export that
 * went on without its PDF; the door says that consequence ("Geen PDF: …"), so the message does not.
 */
export class PdfNotMade extends Error {
  /** The document it is about, when it is about one. */
  readonly bestand: string | undefined;

  constructor(message: string, bestand?: string) {
    super(message);
    this.name = 'PdfNotMade';
    this.bestand = bestand;
  }
}
