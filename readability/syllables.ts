import createHyphenator from 'hyphen';
import dutchPatterns from 'hyphen/patterns/nl.js';

/*
 * Syllables by the Dutch hyphenation patterns (TeX's hyph-nl, as shipped by the `hyphen` package): a word has one
 * syllable more than it has hyphenation points. Two corrections, both where the patterns cannot speak:
 * - `hyphen` never breaks off a single letter at either end of a word (a minimum of two letters each side), so a
 *   lone vowel that is a syllable of its own at the start ("o-ver", "i-dee", "e-co-no-mie") or at the end
 *   ("ra-di-o") is added, and so is one at the start of a part of a compound ("hier-o-ver"), which the patterns
 *   leave whole as well;
 * - a piece without a vowel (the patterns now and then split off a lone consonant, "over-le-g") is no syllable:
 *   it joins the syllable before it.
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
const VOWEL_SYLLABLES = new RegExp(`[^${VOWELS}]*[${VOWELS}]+`, 'gu');
const NON_LETTERS = /[^\p{L}]+/u;
const AROUND_NON_LETTERS = /(?<=[^\p{L}])|(?=[^\p{L}])/u;
const ONLY_LETTERS = /^\p{L}+$/u;
/** Whether a lower-case piece of a word has a vowel. */
export const hasVowel = (piece: string): boolean => ANY_VOWEL.test(piece);

/**
 * A lone vowel that opens the word (or a piece of it) as a syllable of its own: "o" in "over", not "oo" in "ook"
 * nor "e" in "elk".
 */
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

/**
 * The syllables of one run of letters, lower case, from its hyphenation pieces: a piece without a vowel joins the
 * piece before it (or after it, at the start), and a lone vowel at either end becomes a syllable of its own. What
 * is shown and what is counted both come from here.
 */
function syllablesOfRun(word: string, hyphenated: readonly string[]): string[] {
  const pieces: string[] = [];
  let pending = '';
  for (const piece of hyphenated) {
    if (hasVowel(piece)) {
      pieces.push(pending + piece);
      pending = '';
    } else if (pieces.length > 0) {
      pieces.push(`${pieces.pop() ?? ''}${piece}`);
    } else {
      pending += piece;
    }
  }
  if (pieces.length === 0) return [word];
  // Also where a part of a compound starts ("bewoners-i-ni-ti-a-tie-ven"): the patterns leave "ini" whole there.
  const split = pieces.flatMap((piece) =>
    loneFirstVowel(piece, piece) ? [piece.slice(0, 1), piece.slice(1)] : [piece],
  );
  const last = split.at(-1) ?? '';
  if (word.length > 2 && loneLastVowel(word, last)) split.splice(-1, 1, last.slice(0, -1), last.slice(-1));
  return split;
}

/**
 * A run too long for the patterns, cut into syllables by its groups of vowels: each with the consonants before
 * it, the last also with those after it.
 */
function syllablesByVowels(run: string): string[] {
  const pieces: string[] = [...(run.match(VOWEL_SYLLABLES) ?? [])];
  if (pieces.length === 0) return [run];
  const rest = run.slice(pieces.join('').length);
  pieces.push(`${pieces.pop() ?? ''}${rest}`);
  return pieces;
}

/**
 * Syllables of words, each word remembered for the one analysis that owns this object: the patterns are slow
 * enough that hyphenating every word afresh would double the time of an analysis. No state outlives it.
 */
export class Syllables {
  private readonly runs = new Map<string, readonly string[]>();
  private readonly counts = new Map<string, number>();

  /** The syllables of a lower-case run of letters ("bestemmingsplan": be, stem, mings, plan). */
  private syllablesOf(run: string): readonly string[] {
    const known = this.runs.get(run);
    if (known) return known;
    const syllables =
      run.length > LONGEST_HYPHENATED
        ? syllablesByVowels(run)
        : syllablesOfRun(run, hyphenateDutch(run).split('\u00ad'));
    this.runs.set(run, syllables);
    return syllables;
  }

  /**
   * The number of syllables of a Dutch word as written: a compound with hyphens or an apostrophe counts its parts
   * ("sociaal-maatschappelijk", "agenda's"), and a run of letters without a vowel ("s" in "bewoner(s)") none.
   * Letters only; a caller decides what numbers and abbreviations count.
   */
  of(word: string): number {
    const known = this.counts.get(word);
    if (known !== undefined) return known;
    let total = 0;
    for (const run of word.toLowerCase().split(NON_LETTERS)) {
      if (run !== '' && hasVowel(run)) total += this.syllablesOf(run).length;
    }
    const count = Math.max(1, total);
    this.counts.set(word, count);
    return count;
  }

  /**
   * The word split into the syllables `of` counts, for an explanation ("ar-moe-de-be-strij-ding", "o-ver"): a run
   * of letters without a vowel is shown as written and counts none.
   */
  hyphenated(word: string): string {
    return word
      .split(AROUND_NON_LETTERS)
      .map((run) => {
        if (!ONLY_LETTERS.test(run) || !hasVowel(run.toLowerCase())) return run;
        const out: string[] = [];
        let at = 0;
        for (const syllable of this.syllablesOf(run.toLowerCase())) {
          out.push(run.slice(at, at + syllable.length));
          at += syllable.length;
        }
        // A run too long for the patterns is no word a reader meets: its syllables are counted, not shown.
        return out.join(run.length > LONGEST_HYPHENATED ? '' : '-');
      })
      .join('');
  }
}
