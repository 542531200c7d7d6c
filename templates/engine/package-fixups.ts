import { Packer, type Document } from 'docx';
import { LANGUAGE } from './docx-styles.js';
import { assertWellFormed } from './well-formed.js';
import { writeZip, type ZipEntry } from './zip.js';

const CORE = 'docProps/core.xml';
const CONTENT_TYPES = '[Content_Types].xml';

interface Compiler {
  compile(file: Document, prettify: undefined, overrides: readonly never[]): Map<string, string | Uint8Array>;
}

/**
 * The document's parts as docx writes them, before docx zips them. docx's public `Packer` zips at once, with its
 * own clock and a pure-JavaScript deflate; its compiler (the step before) gives us the parts, so that we can add
 * what docx does not write and zip them ourselves. The lockfile pins docx, and the tests fail loudly if an upgrade
 * moves this.
 */
function compileParts(document: Document): Map<string, string | Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof compiler?.compile !== 'function') {
    throw new Error('deze versie van docx heeft geen Packer.compiler; Raadsnota is gebouwd op docx 9');
  }
  return (compiler as Compiler).compile(document, undefined, []);
}

/**
 * Packs the document into DOCX bytes. docx has no option for `dc:language` in docProps/core.xml and stamps the
 * current time, so we add the language and write the given creation time everywhere: the same input gives the
 * same bytes. Bytes leave only when every XML part is well-formed.
 */
export function packDocx(document: Document, createdAt: Date): Uint8Array {
  const parts = compileParts(document);
  const core = parts.get(CORE);
  if (typeof core !== 'string') throw new Error(`${CORE} ontbreekt in het DOCX-pakket`);
  parts.set(CORE, patchCoreProperties(core, createdAt));
  stabiliseRelationshipIds(parts);
  assertWellFormed(parts);
  const entries: ZipEntry[] = [...parts].map(([path, data]) => ({
    path,
    data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data,
  }));
  // [Content_Types].xml first, as Word writes it: some tools recognise a DOCX by its first entry.
  entries.sort((a, b) => Number(b.path === CONTENT_TYPES) - Number(a.path === CONTENT_TYPES));
  return writeZip(entries, createdAt);
}

const RELS = /^(.*\/)?_rels\/([^/]+)\.rels$/;
const RANDOM_ID = /\bId="(rId[^"]*[^\d"][^"]*)"/g;
const QUOTED_ID = /"(rId[^"]*)"/g;

/**
 * docx gives each hyperlink's relationship a random id, so the same memo would give other bytes each time. The ids
 * only have to be unique within a part, so we number them in the order the relationships part lists them. One
 * pass over each part with a map of the ids: a replacement per link would take time in the square of the links.
 */
export function stabiliseRelationshipIds(parts: Map<string, string | Uint8Array>): void {
  for (const [relsPath, rels] of parts) {
    const match = RELS.exec(relsPath);
    if (!match || typeof rels !== 'string') continue;
    const partPath = `${match[1] ?? ''}${match[2] ?? ''}`;
    const part = parts.get(partPath);
    const stable = new Map<string, string>();
    for (const [, id = ''] of rels.matchAll(RANDOM_ID)) stable.set(id, `rIdLink${stable.size + 1}`);
    if (stable.size === 0 || typeof part !== 'string') continue;
    const renumber = (xml: string): string =>
      xml.replace(QUOTED_ID, (quoted, id: string) => {
        const replacement = stable.get(id);
        return replacement === undefined ? quoted : `"${replacement}"`;
      });
    parts.set(relsPath, renumber(rels));
    parts.set(partPath, renumber(part));
  }
}

export function patchCoreProperties(xml: string, createdAt: Date): string {
  const stamp = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const timed = xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_match, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
  );
  const withoutLanguage = timed.replace(/<dc:language>[^<]*<\/dc:language>/g, '');
  return withoutLanguage.replace(
    '</cp:coreProperties>',
    `<dc:language>${LANGUAGE}</dc:language></cp:coreProperties>`,
  );
}
