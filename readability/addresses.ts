/*
 * Web and e-mail addresses in a text: no words for the reader to read (parse-dutch cuts them into many), and no
 * sentence ends inside one. Found by plain scanning, so that no input makes the search slower than linear.
 */

export interface Range {
  start: number;
  end: number;
}

/** A web address starts so; it runs on to white space or a quote. */
const URL_START = /(?:https?:\/\/|mailto:|www\.)/iu;
// Regular expressions spell characters beyond Latin-1 as escapes: the bundler copies a literal one as is, and one
// such character makes V8 hold the whole CLI bundle as a two-byte string.
// „ “ ” ‘ ’ « »
const URL_BODY = /[^\s<>"'\u201e\u201c\u201d\u2018\u2019\u00ab\u00bb]*/u;
/** Punctuation at the end of an address belongs to the sentence: "Kijk op www.voorbeeld.nl." */
const TRAILING = /[.,;:!?)\]'"\u2019\u201d\u00bb]+$/u;

/** A character of an e-mail address's local part or domain. */
const LOCAL = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /[\p{L}\p{N}.-]/u;

/** Top-level domains of the addresses a memo names without "www." ("voorbeeld.nl"). */
const BARE_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:nl|be|eu|com|org|net|info|nu|frl)$/iu;

/** Whether a word as parse-dutch found it is a domain name on its own: "voorbeeld.nl", "gemeente.nl". */
export const isBareDomain = (word: string): boolean => word.includes('.') && BARE_DOMAIN.test(word);

function webAddresses(text: string): Range[] {
  const found: Range[] = [];
  // New expressions for each call: a global or sticky one keeps its position between calls.
  const starts = new RegExp(URL_START.source, 'giu');
  const body = new RegExp(URL_BODY.source, 'uy');
  for (const match of text.matchAll(starts)) {
    const start = match.index;
    if (found.length > 0 && start < (found.at(-1)?.end ?? 0)) continue;
    body.lastIndex = start + match[0].length;
    const rest = body.exec(text)?.[0] ?? '';
    const raw = text.slice(start, start + match[0].length + rest.length);
    const address = raw.replace(TRAILING, '');
    if (address.length > match[0].length) found.push({ start, end: start + address.length });
  }
  return found;
}

function emailAddresses(text: string): Range[] {
  const found: Range[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL.test(text[start - 1] ?? '')) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN.test(text[end] ?? '')) end++;
    while (end > at + 1 && text[end - 1] === '.') end--;
    const domain = text.slice(at + 1, end);
    if (start < at && /^[^.]+(?:\.[^.]+)+$/u.test(domain)) found.push({ start, end });
  }
  return found;
}

/** The web and e-mail addresses in a text, in order, none inside another. */
export function addressRanges(text: string): Range[] {
  if (!text.includes('@') && !URL_START.test(text)) return [];
  const all = [...webAddresses(text), ...emailAddresses(text)].sort((a, b) => a.start - b.start);
  const ranges: Range[] = [];
  for (const range of all) {
    const last = ranges.at(-1);
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else ranges.push({ ...range });
  }
  return ranges;
}

/** The address that overlaps [start, end), if any, by binary search in ranges in order. */
export function addressAt(ranges: readonly Range[], start: number, end: number): Range | undefined {
  let low = 0;
  let high = ranges.length;
  // The first range that ends after `start`.
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ranges[mid]?.end ?? 0) <= start) low = mid + 1;
    else high = mid;
  }
  const range = ranges[low];
  return range && range.start < end ? range : undefined;
}
