import iconv from 'iconv-lite';

/**
 * The text of a CSV file, whatever Excel or another program saved it as. Excel's "CSV (puntkomma-gescheiden)" on a
 * Dutch Windows writes Windows-1252 without a byte order mark, "CSV UTF-8" writes UTF-8 with one, and "Unicode-tekst"
 * writes UTF-16 with one; files from other tools are mostly UTF-8 without.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // The UTF-8 decoder drops a byte order mark itself. Windows-1252 text with any letter outside ASCII ("ë" is the
    // single byte 0xEB) is almost never valid UTF-8, so failing here is how we recognise it.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not TextDecoder: Node 20's reads 0x80–0x9F as Latin-1 control characters, while Word's curly quotes, dashes
    // and the euro sign live there in Windows-1252.
    return iconv.decode(bytes, 'windows-1252');
  }
}
