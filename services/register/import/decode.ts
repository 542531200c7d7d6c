import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** A CSV file's text, and the lines (counted from 1) read as Windows-1252 in a file that is otherwise UTF-8. */
export interface Decoded {
  text: string;
  windows1252Lines?: number[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const LINE_FEED = 0x0a;

/**
 * The text of a CSV file, whatever Excel or another program saved it as. Excel's "CSV (puntkomma-gescheiden)" on a
 * Dutch Windows writes Windows-1252 without a byte order mark, "CSV UTF-8" writes UTF-8 with one, and "Unicode-tekst"
 * writes UTF-16 with one; files from other tools are mostly UTF-8 without.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  // The UTF-8 decoder drops a byte order mark itself. Windows-1252 text with any letter outside ASCII ("ë" is the
  // single byte 0xEB) is almost never valid UTF-8, so failing this is how we recognise it.
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes) };
  return decodeByLine(UTF8_BOM.every((byte, i) => bytes[i] === byte) ? bytes.subarray(3) : bytes);
}

/**
 * A file that is not valid UTF-8 as a whole. Usually it is Windows-1252 throughout; but a list pasted together from
 * two sources mixes UTF-8 lines with Windows-1252 ones, and reading it all as Windows-1252 turns every "ë" of the
 * UTF-8 lines into "Ã«" without a word. So each line is read in its own encoding: a line that is valid UTF-8 and
 * holds a letter outside ASCII is UTF-8, any other line Windows-1252, and the Windows-1252 lines are named.
 */
function decodeByLine(bytes: Uint8Array): Decoded {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  const windows1252Lines: number[] = [];
  let anyUtf8 = false;
  for (let start = 0, line = 1; start < bytes.length; line++) {
    const end = bytes.indexOf(LINE_FEED, start);
    const stop = end === -1 ? bytes.length : end + 1;
    const chunk = bytes.subarray(start, stop);
    if (chunk.every((byte) => byte < 0x80)) {
      parts.push(utf8.decode(chunk));
    } else if (isUtf8(chunk)) {
      anyUtf8 = true;
      parts.push(utf8.decode(chunk));
    } else {
      // Not TextDecoder: Node 20's reads 0x80–0x9F as Latin-1 control characters, while Word's curly quotes, dashes
      // and the euro sign live there in Windows-1252.
      windows1252Lines.push(line);
      parts.push(iconv.decode(asBuffer(chunk), 'windows-1252'));
    }
    start = stop;
  }
  return anyUtf8
    ? { text: parts.join(''), windows1252Lines }
    : { text: iconv.decode(asBuffer(bytes), 'windows-1252') };
}

/** The same bytes as a Buffer, which iconv-lite takes, without copying them. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
