import createHyphenator from 'hyphen';
import dutchPatterns from 'hyphen/patterns/nl.js';

/*
 * Syllables by the Dutch hyphenation patterns (TeX's hyph-nl, as shipped by the `hyphen` package): a word has one
 * syllable more than it has hyphenation points. Two corrections, both where the patterns cannot speak:
 * - `hyphen` never breaks off a single letter at either end of a word (a minimum of two letters each side), so a
 *   lone vowel that is a syllable of its own at the start ("o-ver", "i-dee", "e-co-no-mie") or at the end
 *   ("ra-di-o") is added;
 * - a piece without a vowel (the patterns now and then split off a lone consonant, "over-le-g") is no syllable.
 */

/** The vowels, with their accents and diaereses. */
export const VOWELS = 'aeiouyáéíóúàèìòùâêîôûäëïöü';
const isVowel = (char: string | undefined): boolean => char !== undefined && VOWELS.includes(char);

/** Pairs of letters that are one vowel sound, so that neither letter is a syllable of its own. */
const DIGRAPHS = new Set([
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'eu',
  'ui',
  'ij',
  'ei',
  'au',
  'ou',
  'ai',
  'oi',
]);

// Made once, for the process: compiling the patterns takes time. (The `hyphen` package keeps a cache of its own
// inside; what it returns depends on the word only.)
const hyphenateDutch = createHyphenator(dutchPatterns, {
  hyphenChar: '\u00ad',
  minWordLength: 4,
}) as createHyphenator.HyphenationFunctionSync;

/**
 * The patterns take time more than linear in the length of a word: a run of letters longer than this (no Dutch
 * word is half as long) is counted by its groups of vowels instead, and shown without hyphens.
 */
const LONGEST_HYPHENATED = 100;

const ANY_VOWEL = new RegExp(`[${VOWELS}]`, 'u');
const VOWEL_GROUPS = new RegExp(`[${VOWELS}]+`, 'gu');
const NON_LETTERS = /[^\p{L}]+/u;
const AROUND_NON_LETTERS = /(?<=[^\p{L}])|(?=[^\p{L}])/u;
const ONLY_LETTERS = /^\p{L}+$/u;
/** Whether a lower-case piece of a word has a vowel. */
export const hasVowel = (piece: string): boolean => ANY_VOWEL.test(piece);

/** A lone vowel that opens the word as a syllable of its own: "o" in "over", not "oo" in "ook" nor "e" in "elk". */
function loneFirstVowel(word: string, firstPiece: string): boolean {
  return (
    isVowel(word[0]) && !DIGRAPHS.has(word.slice(0, 2)) && !isVowel(word[1]) && hasVowel(firstPiece.slice(1))
  );
}

/** A lone vowel that closes the word as a syllable of its own: "o" in "radio", not "u" in "bureau". */
function loneLastVowel(word: string, lastPiece: string): boolean {
  const last = word.at(-1);
  const before = word.at(-2);
  return (
    isVowel(last) && isVowel(before) && !DIGRAPHS.has(`${before}${last}`) && hasVowel(lastPiece.slice(0, -1))
  );
}

/** Syllables of one run of letters, lower case, from its hyphenation pieces. */
function syllablesOfRun(word: string, pieces: readonly string[]): number {
  let count = pieces.filter(hasVowel).length;
  const first = pieces[0] ?? '';
  const last = pieces.at(-1) ?? '';
  if (loneFirstVowel(word, first)) count++;
  if (word.length > 2 && loneLastVowel(word, last)) count++;
  return Math.max(1, count);
}

/**
 * Syllables of words, each word remembered for the one analysis that owns this object: the patterns are slow
 * enough that hyphenating every word afresh would double the time of an analysis. No state outlives it.
 */
export class Syllables {
  private readonly pieces = new Map<string, readonly string[]>();
  private readonly counts = new Map<string, number>();

  /** The pieces the Dutch patterns hyphenate a lower-case run of letters into ("bestemmingsplan": be, stem, mings, plan). */
  private piecesOf(run: string): readonly string[] {
    const known = this.pieces.get(run);
    if (known) return known;
    const pieces = hyphenateDutch(run).split('\u00ad');
    this.pieces.set(run, pieces);
    return pieces;
  }

  /**
   * The number of syllables of a Dutch word as written: a compound with hyphens or an apostrophe counts its parts
   * ("sociaal-maatschappelijk", "agenda's"). Letters only; a caller decides what numbers and abbreviations count.
   */
  of(word: string): number {
    const known = this.counts.get(word);
    if (known !== undefined) return known;
    let total = 0;
    for (const run of word.toLowerCase().split(NON_LETTERS)) {
      if (run === '' || !hasVowel(run)) continue;
      total +=
        run.length > LONGEST_HYPHENATED
          ? (run.match(VOWEL_GROUPS)?.length ?? 0)
          : syllablesOfRun(run, this.piecesOf(run));
    }
    const count = Math.max(1, total);
    this.counts.set(word, count);
    return count;
  }

  /** The word split into its syllables as the patterns see them, for an explanation ("ar-moe-de-be-strij-ding"). */
  hyphenated(word: string): string {
    return word
      .split(AROUND_NON_LETTERS)
      .map((run) => {
        if (!ONLY_LETTERS.test(run) || run.length > LONGEST_HYPHENATED) return run;
        const out: string[] = [];
        let at = 0;
        for (const piece of this.piecesOf(run.toLowerCase())) {
          out.push(run.slice(at, at + piece.length));
          at += piece.length;
        }
        return out.join('-');
      })
      .join('');
  }
}
