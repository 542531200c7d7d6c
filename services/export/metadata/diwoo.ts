// Placeholder with the interface part M owns (services/export/metadata/); M's version replaces it at merge.
import type { ExportDescription } from '../../../core/model/export.js';

const escaped = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** diwoo.xml: the DiWoo metadata of the memo, UTF-8. */
export function diwooXml(d: ExportDescription, options: { aangemaakt: Date }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<diwoo:document xmlns:diwoo="https://data.overheid.nl/sites/default/files/dataset/d0cca537-44ea-48cf-9880-fa21e1a7058f/resources/diwoo-metadata.xsd"><diwoo:officieleTitel>${escaped(d.onderwerp)}</diwoo:officieleTitel><diwoo:creatiedatum>${options.aangemaakt.toISOString().slice(0, 10)}</diwoo:creatiedatum></diwoo:document>\n`;
}
