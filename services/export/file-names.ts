// Characters Windows refuses in a file name (the folder separators among them); control characters besides.
// eslint-disable-next-line no-control-regex -- the control characters are exactly what must go
const REFUSED = /[<>:"/\\|?*\u0000-\u001f\u007f]/gu;
// Names Windows keeps for devices, also with an extension ("nul.txt"), whatever their case; ¹²³ count as digits there.
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/iu;

/** A package's name at most: room for the folder it lands in and the files inside it within Windows' 260. */
export const MAX_PACKAGE_NAME = 100;
/** A bijlage's title in its file name at most, after its number. */
export const MAX_BIJLAGE_TITLE = 60;
/** Windows' limit of a whole path (MAX_PATH less its terminating NUL), which Explorer and many BIS importers keep. */
export const MAX_PATH = 259;

/** The text cut to at most `max` characters (code points), after its last whole word that fits when there is one. */
function cut(text: string, max: number): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  const head = characters.slice(0, max + 1).join('');
  const atWord = head.replace(/\s+\S*$/u, '');
  return Array.from(atWord.length > 0 ? atWord : head)
    .slice(0, max)
    .join('');
}

/**
 * `text` as a file name that Windows, macOS and Linux all accept: refused characters become spaces, runs of white space
 * one space, no leading or trailing dot or space, at most `max` characters, and a reserved device name (CON, NUL,
 * COM1, …, also as `nul.txt`) prefixed with `_`. Empty, it is `fallback`.
 */
export function windowsSafe(text: string, max: number, fallback = 'nota'): string {
  const cleaned = text.normalize('NFC').replace(REFUSED, ' ').replace(/\s+/gu, ' ');
  const trimmed = (value: string): string => value.replace(/^[\s.]+|[\s.]+$/gu, '');
  let name = trimmed(cut(trimmed(cleaned), max));
  if (name === '') name = fallback;
  const stem = name.split('.')[0]?.trim() ?? '';
  if (RESERVED.test(stem)) name = `_${trimmed(cut(name, max - 1))}`;
  return name;
}

/**
 * The names made unique within a batch, as Windows compares them (without regard to case): a second "Nota" becomes
 * "Nota (2)", its stem shortened to keep it within `max`.
 */
export function uniqueNames(names: readonly string[], max: number): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      const suffix = ` (${String(n)})`;
      candidate = `${windowsSafe(name, max - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
