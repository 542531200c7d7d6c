import type { Cover } from './mentions.js';
import { quotedSpans } from './quotes.js';
import type { Sentence, Token } from './segment.js';
import { hasVowel, type Syllables } from './syllables.js';

/** A word of a sentence and what it is, for the checks and the figures. */
export interface Word {
  /** The word as the reader reads it: soft hyphens left out. */
  text: string;
  /** Lower case, for comparing with word lists. */
  lower: string;
  /** Range in the block's plain text. */
  start: number;
  end: number;
  /** Position of the token in the sentence's tokens. */
  token: number;
  hasLetter: boolean;
  hasDigit: boolean;
  /**
   * A name: a capitalised word where no capital is expected (not the first of its sentence or quotation), a word
   * with a capital inside ("GroenLinks"), or a capitalised word known as a name.
   */
  isName: boolean;
  /** An abbreviation or acronym: "o.a.", "bijv.", "SWT". */
  isAbbreviation: boolean;
  /** Inside a quoted title (a motie's title in quotes) or a title the memo names. */
  inTitle: boolean;
}

/** A sentence with its words classified. */
export interface AnalysedSentence extends CapitalSentence {
  words: Word[];
}

// Expressions with \p{...} are module constants throughout readability/: the bundler (esbuild, target node20)
// writes such a literal as new RegExp(...), which a function would build again on every call.
const UPPER = /^\p{Lu}/u;
const INNER_CAPITAL = /^.+\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}(?:['\u2019]?s)?$/u;
const LETTER = /\p{L}/u;
const STARTS_WITH_LETTER = /^\p{L}/u;
/** A letter and a full stop before another letter or at the end: "o.a.", "bijv.". */
const DOTTED = /\p{L}\.(?:\p{L}|$)/u;
/** An acronym of at most this many letters is spelled out ("GGD", "RIVM"); a longer one with a vowel is read. */
const SPELLED_AT_MOST = 5;

/**
 * Whether a sentence is written in capitals ("MELD UW KIND NU AAN"): most of its words of two letters or more
 * are, and at least two. Its words in capitals are then words, not acronyms.
 */
function writtenInCapitals(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const token of tokens) {
    const first = token.text[0] ?? '';
    const lowerFirst = first.toLowerCase();
    // A word of two characters or more that starts with a letter that has a case.
    if (!isWordToken(token) || token.text.length < 2 || lowerFirst === first.toUpperCase()) continue;
    words++;
    if (lowerFirst !== first && ALL_CAPITALS.test(token.text)) capitals++;
  }
  return capitals >= 2 && capitals * 2 > words;
}

/**
 * What a word written wholly in capitals is: an acronym, spelled out letter by letter ("GGD", "SWT", "RIVM": no
 * vowel, or at most five letters in a sentence that is not all in capitals), or a word in capitals, read as the
 * word ("ZWEMLES", "KINDERZWEMLESSEN", and every word of a sentence in capitals that has a vowel).
 */
function capitalsKind(text: string, sentenceInCapitals: boolean): 'acronym' | 'word' | undefined {
  if (!ALL_CAPITALS.test(text)) return undefined;
  const letters = text.replace(/['\u2019]?s$/u, '');
  if (!hasVowel(letters.toLowerCase())) return 'acronym';
  return !sentenceInCapitals && letters.length <= SPELLED_AT_MOST ? 'acronym' : 'word';
}

/** What the classifier knows beyond the sentence itself. */
export interface NameContext {
  /** Lower-case words that are names wherever they stand (capitalised mid-sentence, never written in lower case). */
  names: ReadonlySet<string>;
  /** Words of the names the memo gives, names where they are written exactly so ("Groot", not "groot"). */
  givenNames: ReadonlySet<string>;
  /** Whether a range of the block's text lies inside a whole name the memo gives ("de Groot"). */
  inGivenName: Cover;
  /** Whether a range of the block's text lies inside a title the memo gives (its moties, its bijlagen). */
  inTitle: Cover;
  /** Quoted spans of more words than this are quotations, not titles. */
  titleMaxWords: number;
}

const isWordToken = (t: Token): boolean => t.kind === 'word';

const OPENING = new Set(['„', '“', '‚', '‘', '"', "'", '«', '‹', ':']);

/**
 * The tokens where a capital is expected, so that a capital says nothing about a name: the first word with a
 * letter, and a word right after an opening quote or a colon (a quotation starts with a capital).
 */
function capitalExpected(tokens: readonly Token[]): Set<number> {
  const expected = new Set<number>();
  const first = tokens.findIndex((t) => isWordToken(t) && LETTER.test(t.text));
  if (first >= 0) expected.add(first);
  tokens.forEach((token, i) => {
    if (!isWordToken(token)) return;
    const before = tokens[i - 1]?.kind === 'space' ? tokens[i - 2] : tokens[i - 1];
    if (before?.kind === 'punctuation' && OPENING.has(before.text)) expected.add(i);
  });
  return expected;
}

/**
 * For each token, how many quoted titles (quoted spans of at most `maxWords` words) it stands in: linear in the
 * tokens however many spans nest, by counting words before each token and marking where spans start and end.
 */
function quotedTitles(tokens: readonly Token[], maxWords: number): Int32Array {
  const wordsBefore = new Int32Array(tokens.length + 1);
  tokens.forEach((token, i) => {
    wordsBefore[i + 1] = (wordsBefore[i] ?? 0) + (isWordToken(token) ? 1 : 0);
  });
  const depth = new Int32Array(tokens.length + 1);
  for (const { from, to } of quotedSpans(tokens)) {
    const words = (wordsBefore[to] ?? 0) - (wordsBefore[from] ?? 0);
    if (words === 0 || words > maxWords) continue;
    depth[from] = (depth[from] ?? 0) + 1;
    depth[to] = (depth[to] ?? 0) - 1;
  }
  for (let i = 1; i < depth.length; i++) depth[i] = (depth[i] ?? 0) + (depth[i - 1] ?? 0);
  return depth;
}

/** A sentence with what its capitals say: needed to find the memo's names and again to classify its words. */
export interface CapitalSentence extends Sentence {
  /** The tokens where a capital is expected: the first word, and the first word of a quotation. */
  capitalExpected: ReadonlySet<number>;
  /** The sentence is written in capitals: its words in capitals are words, not acronyms. */
  inCapitals: boolean;
}

export const withCapitals = (sentence: Sentence): CapitalSentence => ({
  ...sentence,
  capitalExpected: capitalExpected(sentence.tokens),
  inCapitals: writtenInCapitals(sentence.tokens),
});

/** Classifies the words of a sentence. */
export function classifyWords(sentence: CapitalSentence, context: NameContext): AnalysedSentence {
  const { capitalExpected: expected, inCapitals } = sentence;
  const inQuotedTitle = quotedTitles(sentence.tokens, context.titleMaxWords);
  const words: Word[] = [];
  sentence.tokens.forEach((token, i) => {
    if (!isWordToken(token)) return;
    // A soft hyphen is no part of the word the reader reads: "armoede&shy;bestrijding".
    const text = token.text.replace(/\u00ad/gu, '');
    const lower = text.toLowerCase();
    const hasLetter = LETTER.test(text);
    const hasDigit = /\d/.test(text);
    const capitals = capitalsKind(text, inCapitals);
    const isAbbreviation = hasLetter && (DOTTED.test(text) || capitals === 'acronym');
    // A word in capitals says nothing about a name by its capital.
    const capitalised = hasLetter && UPPER.test(text) && capitals !== 'word';
    const isName =
      hasLetter &&
      !hasDigit &&
      ((capitalised && !expected.has(i)) ||
        (capitalised && INNER_CAPITAL.test(text) && capitals === undefined) ||
        context.names.has(lower) ||
        context.givenNames.has(text) ||
        context.inGivenName(token.start, token.end));
    const inTitle = (inQuotedTitle[i] ?? 0) > 0 || context.inTitle(token.start, token.end);
    words.push({
      text,
      lower,
      start: token.start,
      end: token.end,
      token: i,
      hasLetter,
      hasDigit,
      isName,
      isAbbreviation,
      inTitle,
    });
  });
  return { ...sentence, words };
}

/** Capitalised words that stand mid-sentence, and all words written in lower case: to find names at the start. */
export function collectCapitals(
  sentences: readonly CapitalSentence[],
  capitalised: Set<string>,
  lower: Set<string>,
) {
  for (const { tokens, capitalExpected: expected, inCapitals } of sentences) {
    tokens.forEach((token, i) => {
      if (!isWordToken(token) || !STARTS_WITH_LETTER.test(token.text)) return;
      if (capitalsKind(token.text, inCapitals) === 'word') return;
      const key = token.text.replace(/\u00ad/gu, '').toLowerCase();
      if (!UPPER.test(token.text)) lower.add(key);
      else if (!expected.has(i)) capitalised.add(key);
    });
  }
}

/** Whether only white space lies between two words of a sentence (no punctuation, no symbol). */
export function adjacent(sentence: Sentence, a: Word, b: Word): boolean {
  for (let t = a.token + 1; t < b.token; t++) if (sentence.tokens[t]?.kind !== 'space') return false;
  return true;
}

/** A word that counts in the figures: it has a letter and no digit (numbers, amounts and codes do not count). */
export const countsInFigures = (word: Word): boolean => word.hasLetter && !word.hasDigit;

/**
 * A word that counts towards a long sentence: not a name, a number or a quoted title. Abbreviations and the month
 * of a date count: the reader reads them.
 */
export const countsInSentence = (word: Word): boolean =>
  countsInFigures(word) && !word.isName && !word.inTitle;

/**
 * Syllables of a word as read aloud, near enough: an abbreviation is spelled out letter by letter ("o.a." 2,
 * "SWT" 3), and any other word goes by the hyphenation patterns.
 */
export function wordSyllables(word: Word, syllables: Syllables): number {
  if (word.isAbbreviation) {
    const groups = word.text.split('.').filter((g) => LETTER.test(g));
    if (groups.length > 1 || word.text.includes('.')) {
      return groups.reduce((sum, g) => sum + (g.length === 1 ? 1 : syllables.of(g)), 0);
    }
    return word.text.replace(/['\u2019]s$/u, '').length;
  }
  return syllables.of(word.text);
}
