/**
 * Where a line may not break: between "€" and its amount, in "art. 5.1", between a number and its unit, and inside
 * a date. The engine puts no-break spaces (U+00A0) there when it maps text onto the document; what the writer
 * stored stays as typed. Each rule turns one ordinary space into a no-break space and changes nothing else, so the
 * document's text has every character of the writer's text, in order, with the same length.
 */
import { DUTCH_MONTHS } from '../../core/dutch-months.js';
import { inlineText, type Inline } from './tree.js';

export const NO_BREAK_SPACE = '\u00A0';

// A number standing on its own, not the tail of a word or code such as "A4".
const NUMBER = String.raw`(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*`;
// What may follow the word after the space: the end of the word, not more letters ("5 mensen" is no "5 m").
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const SPACE_KIND = `[ ${NO_BREAK_SPACE}]`;

const UNITS = [
  // money and amounts
  '\u20AC', // €
  'euro',
  'EUR',
  'miljoen',
  'miljard',
  // percentages
  '%',
  'procent',
  // length, area, volume, mass
  'mm',
  'cm',
  'm',
  'km',
  'm\u00B2', // m²
  'm2',
  'm\u00B3', // m³
  'm3',
  'km\u00B2',
  'ha',
  'l',
  'liter',
  'g',
  'kg',
  'ton',
  // time
  'uur',
  'u',
  'min',
  'minuten',
  'minuut',
  'seconden',
  'dag',
  'dagen',
  'week',
  'weken',
  'maand',
  'maanden',
  'jaar',
  // energy, temperature, staff
  'kWh',
  'MWh',
  'kW',
  'MW',
  '\u00B0C', // °C
  'fte',
];
const REFERENCES = ['art.', 'artikel', 'artikelen', 'lid', 'nr.', 'blz.', 'hoofdstuk', 'paragraaf', '\u00A7']; // §

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so that "m²" is tried before "m".
const alternatives = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Each rule matches exactly one ordinary space: the one a line must not break at. */
export const NO_BREAK_RULES: Readonly<Record<string, RegExp>> = {
  /** "€ 14.500", "€ -200" */
  currency: /(?<=\u20AC) (?=[-\u2212+]?\d)/gu,
  /** "art. 5.1", "artikel 12", "lid 3", "§ 4" */
  reference: new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])(?:${alternatives(REFERENCES)})) (?=\d)`, 'giu'),
  /** "10 km", "5 %", "3 uur", "200 m²", "1.500 euro", "17.00 uur" */
  unit: new RegExp(String.raw`(?<=${NUMBER}) (?=(?:${alternatives(UNITS)})${WORD_END})`, 'gu'),
  /** "10 november", the first space of "10 november 2017" */
  dayMonth: new RegExp(
    String.raw`(?<=(?<![\p{L}\p{N}])\d{1,2}) (?=(?:${alternatives(DUTCH_MONTHS)})${WORD_END})`,
    'giu',
  ),
  /** the second space of "10 november 2017" */
  monthYear: new RegExp(
    String.raw`(?<=(?<![\p{L}\p{N}])\d{1,2}${SPACE_KIND}(?:${alternatives(DUTCH_MONTHS)})) (?=\d{4}${WORD_END})`,
    'giu',
  ),
};

/** The text with a no-break space wherever a rule says a line may not break; every other character as it was. */
export function noBreakSpaces(text: string): string {
  let out = text;
  for (const rule of Object.values(NO_BREAK_RULES)) out = out.replace(rule, NO_BREAK_SPACE);
  return out;
}

// Stands for a footnote's place in the running text: no rule matches across it.
const FOOTNOTE_MARK = '\uFFFC';

/** The running text of inline content, a footnote as a mark that no rule matches across. */
const flow = (content: readonly Inline[]): string => inlineText(content, FOOTNOTE_MARK);

/**
 * Inline content with no-break spaces where the rules say, found in the running text as a whole: "€ " in plain
 * text and "14.500" in bold are one amount. A footnote's text is its own running text.
 */
export function withNoBreakSpaces(content: readonly Inline[]): Inline[] {
  const text = noBreakSpaces(flow(content));
  let at = 0;
  const place = (nodes: readonly Inline[]): Inline[] =>
    nodes.map((node): Inline => {
      switch (node.kind) {
        case 'text': {
          const placed = text.slice(at, at + node.text.length);
          at += node.text.length;
          return { ...node, text: placed };
        }
        case 'break':
          at += 1;
          return node;
        case 'link':
          return { ...node, content: place(node.content) };
        case 'footnote':
          at += 1;
          return { ...node, content: withNoBreakSpaces(node.content) };
      }
    });
  return place(content);
}
