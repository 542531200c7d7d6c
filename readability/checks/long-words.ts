import type { ReadabilityConfig } from '../config.js';
import type { BlockFinding } from '../finding.js';
import type { Syllables } from '../syllables.js';
import { countsInFigures, type AnalysedSentence, type Word } from '../words.js';

const NON_LETTER = /[^\p{L}]/gu;
const HYPHEN = /[-\u2010]/u;
const letters = (text: string): number => text.replace(NON_LETTER, '').length;

/** A part of a word between hyphens that is long by syllables or by letters. */
function longPart(part: string, config: ReadabilityConfig, syllables: Syllables): boolean {
  const { lettergrepen, letters: enough } = config.langWoord;
  // A part shorter than the letters that make it long cannot have that many letters: no need to count them.
  return syllables.of(part) >= lettergrepen || (part.length >= enough && letters(part) >= enough);
}

/** Endings of the plural and the genitive: "raadsmededelingen", "portefeuillehouders", "informatienota's". */
const INFLECTIONS = ['en', 's', "'s", '\u2019s'];

/** Whether a lower-case word is an exception, or its plural or genitive. */
function isException(lower: string, exceptions: ReadonlySet<string>): boolean {
  return (
    exceptions.has(lower) ||
    INFLECTIONS.some((ending) => lower.endsWith(ending) && exceptions.has(lower.slice(0, -ending.length)))
  );
}

/** What judging the length of words takes: the thresholds, the exceptions in lower case, the analysis's syllables. */
export interface LengthRules {
  config: ReadabilityConfig;
  exceptions: ReadonlySet<string>;
  syllables: Syllables;
}

/** Whether a word is a long word: counted in the figures, not a name, abbreviation, title or exception. */
function isLongWord(word: Word, { config, exceptions, syllables }: LengthRules): boolean {
  if (!countsInFigures(word) || word.isName || word.isAbbreviation || word.inTitle) return false;
  // A hyphen already cuts a compound for the reader ("sociaal-maatschappelijk"): each part is judged alone.
  const long = (part: string): boolean =>
    part !== '' && !isException(part, exceptions) && longPart(part, config, syllables);
  return HYPHEN.test(word.lower) ? word.lower.split(HYPHEN).some(long) : long(word.lower);
}

/**
 * A word of `langWoord.lettergrepen` syllables or `langWoord.letters` letters or more: mostly the long compounds
 * of government Dutch ("armoedebestrijdingsbeleid").
 */
export function longWords(sentence: AnalysedSentence, rules: LengthRules): BlockFinding[] {
  return sentence.words
    .filter((word) => isLongWord(word, rules))
    .map((word) => {
      const count = rules.syllables.of(word.text);
      return {
        kind: 'long-word',
        severity: 'hint',
        block: sentence.block,
        start: word.start,
        end: word.end,
        label: `lang woord (${count} lettergrepen)`,
        explanation: `${rules.syllables.hyphenated(word.text)} heeft ${count} lettergrepen en ${letters(word.text)} letters. Lange samenstellingen lezen moeilijk.`,
        suggestion: 'Kies een korter woord, of schrijf de samenstelling uit in een paar woorden.',
      };
    });
}
