import type { Bestand } from '../../api/contract/bestand.js';

/** What the operations expect for a file the browser gives no type for (a CSV on Windows often has none). */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  sqlite: 'application/vnd.sqlite3',
};

/**
 * A file the user chose, as the operations take it: its name, its type and its bytes in base64. The browser's own
 * encoder (a data: URL) does the base64, so that a list of many megabytes is never turned into one huge argument
 * list or string of characters in script.
 */
export function readBestand(file: File): Promise<Bestand> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
      resolve({
        naam: file.name,
        mediatype: file.type || (BY_EXTENSION[extension] ?? 'application/octet-stream'),
        base64: comma < 0 ? '' : url.slice(comma + 1),
      });
    };
    reader.onerror = () => {
      reject(new Error(`Het bestand ${file.name} kon niet worden gelezen`));
    };
    reader.readAsDataURL(file);
  });
}
