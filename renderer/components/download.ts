import type { Bestand } from '../../api/contract/bestand.js';

/** The bytes of a base64 text, one at a time: no argument list or intermediate array as long as the file. */
function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hands a file from an operation to the user under its own name: a download in the browser, the native save dialog
 * in Electron (which asks where, for every download). The object URL is let go once the download has started.
 */
export function downloadBestand(bestand: Bestand): void {
  const url = URL.createObjectURL(new Blob([bytesOf(bestand.base64)], { type: bestand.mediatype }));
  const link = document.createElement('a');
  link.href = url;
  link.download = bestand.naam;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
