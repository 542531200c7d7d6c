/** A word the tokenizer can index: at least one letter, digit or private-use character (unicode61's token classes). */
const SEARCHABLE = /[\p{L}\p{N}\p{Co}]/u;

/** Enough for any real search; a pasted page of text should not become a query of a thousand terms. */
const MAX_WORDS = 16;

/**
 * Turns what a user typed into an FTS5 expression that cannot be a syntax error. Each word becomes a quoted string,
 * so FTS5's operators (AND, OR, NOT, NEAR, *, ^, -, :, parentheses) are plain text, and the tokenizer splits the
 * string as it split the indexed text ("M-12" → m, 12, diacritics folded). All words must occur; the last is a
 * prefix, so results follow the typing. Undefined when nothing searchable was typed.
 */
export function matchExpression(text: string): string | undefined {
  const words = text
    .normalize('NFC')
    // Control characters separate words too: a NUL would end FTS5's reading of the string.
    .split(/[\s\p{Cc}]+/u)
    .filter((word) => SEARCHABLE.test(word))
    .slice(0, MAX_WORDS);
  if (words.length === 0) return undefined;
  const last = words.length - 1;
  return words.map((word, i) => `"${word.replaceAll('"', '""')}"${i === last ? '*' : ''}`).join(' ');
}
