import type { Memo } from '../../core/model/memo.js';

// Characters that Windows refuses in a file name (the folder separators among them), besides control characters.
const REFUSED = new Set('<>:"/\\|?*');
const MAX_CHARACTERS = 100;

const unsafe = (char: string): boolean =>
  REFUSED.has(char) || (char.codePointAt(0) ?? 0) < 0x20 || char === '\u007f';

function safe(text: string): string {
  const cleaned = Array.from(text, (char) => (unsafe(char) ? ' ' : char))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
  const characters = Array.from(cleaned);
  // A long subject is cut after its last whole word that fits, so that the name does not end in half a word.
  const cut =
    characters.length <= MAX_CHARACTERS
      ? cleaned
      : characters
          .slice(0, MAX_CHARACTERS + 1)
          .join('')
          .replace(/\s+\S*$/u, '');
  return Array.from(cut)
    .slice(0, MAX_CHARACTERS)
    .join('')
    .replace(/[ .]+$/u, '');
}

/**
 * The name a memo's document is offered under: its subject, else its kenmerk, made fit for every file system (no
 * folder separators, no characters Windows refuses, no trailing dot, short enough for any folder).
 */
export function documentName(memo: Pick<Memo, 'onderwerp' | 'kenmerk'>, extension: string): string {
  const stem = safe(memo.onderwerp) || safe(memo.kenmerk) || 'nota';
  return `${stem}.${extension}`;
}
