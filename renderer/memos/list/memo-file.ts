import { MEDIATYPE, type Bestand } from '../../../api/contract/bestand.js';
import type { MemoExported } from '../../../core/model/memo-register.js';

/** A text's UTF-8 bytes as base64, one byte at a time: no argument list as long as the memo. */
function base64Of(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** "Speelruimteplan 2027: stand van zaken" → "speelruimteplan-2027-stand-van-zaken"; safe on every system. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** An exported memo as the memo file `raadsnota render` and "Nota inlezen" read: JSON, named after its subject. */
export function memoFile(exported: MemoExported, id: number): Bestand {
  const { document } = exported;
  const name = slug(typeof document.onderwerp === 'string' ? document.onderwerp : '') || `nota-${id}`;
  return {
    naam: `${name}.json`,
    mediatype: MEDIATYPE.json,
    base64: base64Of(`${JSON.stringify(document, null, 2)}\n`),
  };
}
