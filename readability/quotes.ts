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

/** For each closing quote, the opening quotes it may end. */
const OPENERS_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const openers = new Map<string, string[]>();
  for (const [opener, closers] of Object.entries(CLOSERS)) {
    for (const closer of closers) openers.set(closer, [...(openers.get(closer) ?? []), opener]);
  }
  return openers;
})();

/**
 * The index ranges [from, to) of the tokens inside the quotes of a sentence: every matched pair, the outer ones of
 * nested quotes included. A closing quote ends the nearest open quote it can end; quotes opened inside that pair
 * and never closed are dropped. Linear in the number of tokens, however the quotes nest or fail to match.
 */
export function quotedSpans(tokens: readonly Token[]): { from: number; to: number }[] {
  const open: { char: string; at: number }[] = [];
  // For each kind of opening quote, where in `open` its open quotes stand, innermost last.
  const byChar = new Map<string, number[]>();
  const spans: { from: number; to: number }[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'punctuation' || token.text.length !== 1) return;
    const char = token.text;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const opens = CLOSERS[char] !== undefined && (before === undefined || before.kind !== 'word');
    const closes =
      OPENERS_OF.has(char) && before !== undefined && before.kind !== 'space' && after?.kind !== 'word';
    if (closes) {
      let match = -1;
      for (const opener of OPENERS_OF.get(char) ?? [])
        match = Math.max(match, byChar.get(opener)?.at(-1) ?? -1);
      const opener = open[match];
      if (opener) {
        spans.push({ from: opener.at + 1, to: i });
        // Close it, and drop the quotes opened inside it: each open quote is dropped once, so this stays linear.
        while (open.length > match) byChar.get(open.pop()?.char ?? '')?.pop();
        return;
      }
    }
    if (opens) {
      const positions = byChar.get(char) ?? [];
      positions.push(open.length);
      byChar.set(char, positions);
      open.push({ char, at: i });
    }
  });
  return spans;
}
