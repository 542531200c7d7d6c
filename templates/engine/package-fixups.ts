import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { LANGUAGE } from './docx-styles.js';

const CORE = 'docProps/core.xml';

/**
 * The one step after `docx` has packed the document. docx has no option for `dc:language` in docProps/core.xml,
 * and it stamps core.xml and every zip entry with the current time. So we add the language and write the given
 * creation time everywhere, which makes the same input give the same bytes.
 */
export function finishPackage(docx: Uint8Array, createdAt: Date): Uint8Array {
  const files = unzipSync(docx);
  const core = files[CORE];
  if (!core) throw new Error(`${CORE} ontbreekt in het DOCX-pakket`);
  files[CORE] = strToU8(patchCoreProperties(strFromU8(core), createdAt));
  const mtime = createdAt.getTime() < DOS_EPOCH ? DOS_EPOCH : createdAt.getTime();
  const entries: Zippable = {};
  for (const [path, data] of Object.entries(files)) entries[path] = [data, { mtime }];
  return zipSync(entries, { level: 6 });
}

// Zip timestamps cannot go before 1980.
const DOS_EPOCH = Date.UTC(1980, 0, 2);

export function patchCoreProperties(xml: string, createdAt: Date): string {
  const stamp = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const timed = xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_match, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
  );
  const withoutLanguage = timed.replace(/<dc:language>[^<]*<\/dc:language>/, '');
  return withoutLanguage.replace(
    '</cp:coreProperties>',
    `<dc:language>${LANGUAGE}</dc:language></cp:coreProperties>`,
  );
}
