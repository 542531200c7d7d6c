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
const isInitial = (word: string): boolean => /^(?:\p{Lu}\.)+$/u.test(word);

/** What the names the memo gives come to: single words, matched as written, and whole names of several words. */
export interface GivenNames {
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
export function givenNames(names: readonly string[]): GivenNames {
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
      if (/^\p{Lu}\p{L}/u.test(part) && !isInitial(part) && !PARTICLES.has(part.toLowerCase()))
        words.add(part);
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
 * Where `phrase` stands in `text` as whole words, with any white space between its words: in any case, or, with
 * `exactCase`, only as written.
 */
function phraseRanges(text: string, phrase: string, exactCase = false): { start: number; end: number }[] {
  const words = phrase
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
    exactCase ? 'gu' : 'giu',
  );
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether [start, end) lies inside one of a set of ranges, answered in constant time. */
export type Cover = (start: number, end: number) => boolean;

/** The ranges in a text of `length` characters as a cover: for each character, how far a range around it reaches. */
function coverOf(ranges: readonly { start: number; end: number }[], length: number): Cover {
  if (ranges.length === 0) return () => false;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const reach = new Int32Array(length);
  let next = 0;
  let farthest = 0;
  for (let i = 0; i < length; i++) {
    for (let range = sorted[next]; range !== undefined && range.start <= i; range = sorted[++next]) {
      farthest = Math.max(farthest, range.end);
    }
    if (farthest > i) reach[i] = farthest;
  }
  return (start, end) => (reach[start] ?? 0) >= end;
}

/** Where a text mentions one of the whole names of several words, its last word (the surname) with its capital. */
export function nameCover(text: string, given: GivenNames): Cover {
  const ranges = given.phrases.flatMap((phrase) =>
    phraseRanges(text, phrase).filter((r) => /(?:^|\s)\p{Lu}[^\s]*$/u.test(text.slice(r.start, r.end))),
  );
  return coverOf(ranges, text.length);
}

/**
 * Where a text mentions one of the titles the memo gives, as whole words: in any case for a title of several
 * words, only as written for a title of one word (a bijlage "Evaluatie" makes no "evaluatie" a title).
 */
export function titleCover(text: string, titles: readonly string[]): Cover {
  const ranges = titles
    .filter((title) => title.trim().length >= 2)
    .flatMap((title) => phraseRanges(text, title, !/\s/u.test(title.trim())));
  return coverOf(ranges, text.length);
}
