import type { Token } from './segment.js';

/** Which closing quote ends which opening one: Dutch „…” and ‚…’, English “…” and ‘…’, straight "…" and '…'. */
const CLOSERS: Readonly<Record<string, string>> = {
  '„': '”“',
  '“': '”',
  '‚': '’‘',
  '‘': '’',
  '"': '"',
  "'": "'",
  '«': '»',
  '‹': '›',
};
const CLOSING = new Set(Object.values(CLOSERS).join(''));

/** The index ranges [from, to) of the tokens inside the quotes of a sentence, innermost pairs only. */
export function quotedSpans(tokens: readonly Token[]): { from: number; to: number }[] {
  const open: { char: string; at: number }[] = [];
  const spans: { from: number; to: number }[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'punctuation' || token.text.length !== 1) return;
    const char = token.text;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const opens = CLOSERS[char] !== undefined && (before === undefined || before.kind !== 'word');
    const closes =
      CLOSING.has(char) && before !== undefined && before.kind !== 'space' && after?.kind !== 'word';
    if (closes) {
      const match = open.findLastIndex((o) => CLOSERS[o.char]?.includes(char));
      if (match >= 0) {
        const opener = open[match];
        if (opener) spans.push({ from: opener.at + 1, to: i });
        open.length = match;
        return;
      }
    }
    if (opens) open.push({ char, at: i });
  });
  return spans;
}
