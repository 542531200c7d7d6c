/*
 * The names and titles the memo gives (its portefeuillehouder and informanten, its moties and bijlagen), and where
 * a block of text mentions them.
 */

/** Words that name a role, an office or a title before a name, never a part of the name itself. */
const ROLE_WORDS = new Set([
  'wethouder',
  'burgemeester',
  'loco-burgemeester',
  'gemeentesecretaris',
  'griffier',
  'raadsgriffier',
  'raadslid',
  'fractievoorzitter',
  'voorzitter',
  'secretaris',
  'directeur',
  'portefeuillehouder',
  'gedeputeerde',
  'commissaris',
  'minister',
  'staatssecretaris',
  'mevrouw',
  'meneer',
  'heer',
  'mevr',
  'dhr',
  'mr',
  'drs',
  'dr',
  'ir',
  'ing',
  'prof',
  'ds',
  'bc',
  'jhr',
  'jkvr',
  'wnd',
  'a.i',
  'ma',
  'ba',
  'msc',
  'bsc',
  'llm',
  'phd',
]);

/** The parts of a Dutch surname that are ordinary words (tussenvoegsels): names only inside the whole name. */
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  '’t',
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'el',
  'al',
]);

const isRole = (word: string): boolean => ROLE_WORDS.has(word.toLowerCase().replace(/\.$/u, ''));
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const CAPITALISED = /^\p{Lu}\p{L}/u;
const isInitial = (word: string): boolean => INITIALS.test(word);

/** What the names the memo gives come to: single words, matched as written, and whole names of several words. */
interface GivenNames {
  /** Capitalised parts of the names ("Groot", "Amrani", "Linda"), matched only as written, capital included. */
  words: ReadonlySet<string>;
  /** The whole names and surnames of several words ("P. de Groot", "de Groot"), matched in any case. */
  phrases: readonly string[];
}

/**
 * The names the memo gives, taken apart: role words ("Wethouder", "mr.", "drs.") and anything in brackets are no
 * part of a name; initials and tussenvoegsels are names only inside the whole name. So "Wethouder P. de Groot"
 * makes "Groot" a name where it is written with its capital, and "P. de Groot" and "de Groot" where they stand
 * whole, but not "wethouder", "groot" or "de" anywhere else.
 */
function givenNames(names: readonly string[]): GivenNames {
  const words = new Set<string>();
  const phrases = new Set<string>();
  for (const name of names) {
    const parts = name
      .replace(/\([^)]*\)/gu, ' ')
      .split(/[\s,]+/u)
      .filter((part) => part !== '');
    while (parts.length > 0 && isRole(parts[0] ?? '')) parts.shift();
    while (parts.length > 0 && isRole(parts.at(-1) ?? '')) parts.pop();
    for (const part of parts) {
      if (CAPITALISED.test(part) && !isInitial(part) && !PARTICLES.has(part.toLowerCase())) words.add(part);
    }
    if (parts.length < 2) continue;
    phrases.add(parts.join(' '));
    // The surname alone, from its first tussenvoegsel: "de Groot" of "P. de Groot", "el Amrani" of "S. el Amrani".
    const particle = parts.findIndex((part) => PARTICLES.has(part.toLowerCase()));
    if (particle > 0 && particle < parts.length - 1) phrases.add(parts.slice(particle).join(' '));
  }
  return { words, phrases: [...phrases] };
}

const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');

/**
 * One expression that finds any of `phrases` as whole words, with any white space between their words: in any
 * case, or, with `exactCase`, only as written. Longer phrases first, so that of two that start alike the longer
 * one is found. Undefined without phrases.
 */
function phrasesPattern(phrases: readonly string[], exactCase: boolean): RegExp | undefined {
  const alternatives = phrases
    .map((phrase) => phrase.trim().split(/\s+/u))
    .filter((words) => words.join('').length >= 2)
    .sort((a, b) => b.join(' ').length - a.join(' ').length)
    .map((words) => words.map(escapeRegExp).join('\\s+'));
  if (alternatives.length === 0) return undefined;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    exactCase ? 'gu' : 'giu',
  );
}

/** Whether [start, end) lies inside one of a set of ranges, answered in constant time. */
export type Cover = (start: number, end: number) => boolean;

const NOWHERE: Cover = () => false;

/** Where the patterns match in a text, as a cover: for each character, how far a match around it reaches. */
function coverOf(
  text: string,
  patterns: readonly (RegExp | undefined)[],
  accept: (match: string) => boolean = () => true,
): Cover {
  const ranges: { start: number; end: number }[] = [];
  for (const pattern of patterns) {
    if (pattern === undefined) continue;
    for (const match of text.matchAll(pattern)) {
      if (accept(match[0])) ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  if (ranges.length === 0) return NOWHERE;
  ranges.sort((a, b) => a.start - b.start);
  const reach = new Int32Array(text.length);
  let next = 0;
  let farthest = 0;
  for (let i = 0; i < text.length; i++) {
    for (let range = ranges[next]; range !== undefined && range.start <= i; range = ranges[++next]) {
      farthest = Math.max(farthest, range.end);
    }
    if (farthest > i) reach[i] = farthest;
  }
  return (start, end) => (reach[start] ?? 0) >= end;
}

/** The names and titles the memo gives, ready to be found in each block of its text. */
export interface Mentions {
  /** Capitalised parts of the names, names only where they are written exactly so. */
  nameWords: ReadonlySet<string>;
  /** Where a text mentions a whole name of several words, its surname with its capital. */
  names(text: string): Cover;
  /**
   * Where a text mentions a title, as whole words: a title of several words in any case, a title of one word
   * only as written (a bijlage "Evaluatie" makes no "evaluatie" a title).
   */
  titles(text: string): Cover;
}

const SURNAME_WITH_CAPITAL = /(?:^|\s)\p{Lu}\S*$/u;

/** The names and titles the memo gives, each made into an expression once, for all the blocks of its text. */
export function mentionsOf(names: readonly string[], titles: readonly string[]): Mentions {
  const given = givenNames(names);
  const namePattern = phrasesPattern(given.phrases, false);
  const oneWord = titles.filter((title) => !/\s/u.test(title.trim()));
  const titlePatterns = [
    phrasesPattern(
      titles.filter((title) => !oneWord.includes(title)),
      false,
    ),
    phrasesPattern(oneWord, true),
  ];
  return {
    nameWords: given.words,
    names: (text) => coverOf(text, [namePattern], (match) => SURNAME_WITH_CAPITAL.test(match)),
    titles: (text) => coverOf(text, titlePatterns),
  };
}
