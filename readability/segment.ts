import type { Sentence as NlcstSentence } from 'nlcst';
import { ParseDutch } from 'parse-dutch';
import { addressAt, addressRanges, isBareDomain, type Range } from './addresses.js';
import participles from './deelwoorden.json' with { type: 'json' };
import { PREPOSITIONS } from './dutch.js';
import type { TextBlock } from './text-block.js';

type TokenKind = 'word' | 'punctuation' | 'symbol' | 'space';

/** A token of a sentence, with its half-open range in the block's plain text. */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

/** A sentence as parse-dutch found it: its tokens, and its range in the block's plain text. */
export interface Sentence {
  block: TextBlock;
  tokens: Token[];
  start: number;
  end: number;
}

const parser = new ParseDutch();

const TOKEN_KINDS: Readonly<Record<string, TokenKind>> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'space',
  SourceNode: 'symbol',
};

function tokensOf(sentence: NlcstSentence, text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const node of sentence.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    tokens.push({
      kind: TOKEN_KINDS[node.type] ?? 'symbol',
      text: text.slice(start, end),
      start: start + offset,
      end: end + offset,
    });
  }
  return tokens;
}

const NUMBER_WITH_FULL_STOP = /^\d[\d.,]*\.$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * Ordinary Dutch words, which end a sentence when a full stop and a capital follow them. parse-dutch keeps a full
 * stop after a word it takes for an abbreviation, and so does parse-latin beneath it, whose list is Latin: "op."
 * (opere), "al." (alii), "cent.". Some of those are Dutch words that often end a sentence: "Wij lossen dit op.",
 * "Dat weten wij al.", "Dat blijft zo.", "Het kost vijftig cent." Rather than follow the parsers' lists word by
 * word, every word of the closed classes a sentence ends in is taken for a word: the separable particles of verbs
 * ("op", "af", "mee", "terug", …), the prepositions, which stand apart from "daar" or "waar" at the end
 * ("Daar gaat het om."), and the other Dutch words on the parsers' lists. A real abbreviation ("o.a.", "bijv.", "art.", "mr.") is none of these.
 */
const ORDINARY_WORDS = new Set([
  ...participles.voorvoegsels,
  ...PREPOSITIONS,
  'al',
  'zo',
  'ver',
  'vrij',
  'kon',
  'tel',
  'red',
  'zat',
  'min',
  'cent',
]);

/**
 * Abbreviations that often close a sentence or a list: "boeken, schriften enz.", "wij beslissen t.z.t.", "€ 2 mln.",
 * "de school helpt de ouders en v.v."
 */
const CLOSING_ABBREVIATIONS = new Set([
  'a.s',
  'a.u.b',
  'c.s',
  'e.a',
  'e.d',
  'e.v',
  'enz',
  'etc',
  'jl',
  'mld',
  'mln',
  'mrd',
  'n.v.t',
  'o.i.d',
  'p.j',
  'p.p',
  's.v.p',
  't.z.t',
  'v.v',
  'z.s.m',
]);

/** Punctuation that may follow the full stop that ends a sentence: „Dat blijft zo.” */
const CLOSING_PUNCTUATION = new Set(['”', '’', '"', "'", '»', '›', ')', ']']);
const OPENING_PUNCTUATION = new Set(['„', '“', '‘', '‚', '"', "'", '«', '‹', '(', '[']);

/** What a word token that ends in a full stop is, for where the sentence ends. */
function fullStopKind(token: Token): 'number' | 'word' | 'abbreviation' | undefined {
  if (token.kind !== 'word' || !token.text.endsWith('.')) return undefined;
  if (NUMBER_WITH_FULL_STOP.test(token.text)) return 'number';
  const stem = token.text.slice(0, -1).toLowerCase();
  if (ORDINARY_WORDS.has(stem)) return 'word';
  if (CLOSING_ABBREVIATIONS.has(stem)) return 'abbreviation';
  return undefined;
}

/** Whether the tokens from `n` on start a sentence: a capitalised word, or an opening quote or bracket before one. */
function startsSentence(tokens: readonly Token[], n: number): boolean {
  let at = n;
  if (tokens[at]?.kind === 'punctuation' && OPENING_PUNCTUATION.has(tokens[at]?.text ?? '')) at++;
  const token = tokens[at];
  return token?.kind === 'word' && CAPITAL_FIRST.test(token.text);
}

/**
 * parse-dutch keeps a full stop after a word it takes for an abbreviation as part of that word, and runs the
 * sentence on into the next: after a number, as in an ordinal ("3. juli" in German), so that "Dat waren er 390.
 * Wij verwachten…" was one sentence; after an ordinary word such as "op", "al" or "zo"; and after an abbreviation such as "enz."
 * or "t.z.t.". Dutch writes no ordinals that way, and these words and abbreviations end many a sentence: before a
 * capitalised word, the sentence ends there. The full stop after a number or a word becomes punctuation of its
 * own, also at the end of the sentence ("Dat weten wij al."); an abbreviation keeps its full stop, which ends the
 * sentence as well.
 */
function splitAtFullStops(tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const kind = fullStopKind(token);
    if (kind === undefined) {
      current.push(token);
      continue;
    }
    let closing = i + 1;
    while (tokens[closing]?.kind === 'punctuation' && CLOSING_PUNCTUATION.has(tokens[closing]?.text ?? '')) {
      closing++;
    }
    let next = closing;
    while (tokens[next]?.kind === 'space') next++;
    const ends = startsSentence(tokens, next);
    const last = next >= tokens.length;
    if (kind === 'abbreviation' || !(ends || (kind === 'word' && last))) {
      current.push(token);
    } else {
      current.push({ ...token, text: token.text.slice(0, -1), end: token.end - 1 });
      current.push({ kind: 'punctuation', text: '.', start: token.end - 1, end: token.end });
    }
    if (ends) {
      append(current, tokens.slice(i + 1, closing));
      parts.push(current);
      current = [];
      i = closing - 1;
    }
  }
  parts.push(current);
  return parts;
}

/**
 * Where the writer's line breaks (`<br>`) end a sentence: at every one but those before a line that goes on in
 * lower case. A list typed as lines ("Ouders<br>Scholen<br>Het zwembad") is a list of sentences, not one long
 * sentence full of names; "de zwemles<br>voor alle kinderen" is one sentence broken by hand.
 */
function lineEnds(block: TextBlock): number[] {
  const { text, lineBreaks } = block;
  const ends: number[] = [];
  // Backwards, so that each break knows the first visible character after it without looking ahead again.
  let next = '';
  let b = lineBreaks.length - 1;
  for (let i = text.length - 1; i >= 0 && b >= 0; i--) {
    if (i === lineBreaks[b]) {
      if (!LOWER_FIRST.test(next)) ends.push(i);
      b--;
    }
    const char = text[i] ?? '';
    if (!/\s/u.test(char)) next = char;
  }
  return ends.reverse();
}

/**
 * A sentence's tokens with every web or e-mail address in them made one symbol token (parse-dutch cuts them into
 * words and punctuation), and a domain name on its own ("voorbeeld.nl") a symbol too: no words for the reader.
 */
function collapseAddresses(tokens: readonly Token[], text: string, addresses: readonly Range[]): Token[] {
  const out: Token[] = [];
  let inside: { token: Token; range: Range } | undefined;
  for (const token of tokens) {
    const range = addresses.length > 0 ? addressAt(addresses, token.start, token.end) : undefined;
    if (range && inside?.range === range) {
      inside.token.end = Math.max(inside.token.end, token.end);
      inside.token.text = text.slice(inside.token.start, inside.token.end);
    } else if (range) {
      inside = { token: { kind: 'symbol', text: token.text, start: token.start, end: token.end }, range };
      out.push(inside.token);
    } else {
      inside = undefined;
      out.push(token.kind === 'word' && isBareDomain(token.text) ? { ...token, kind: 'symbol' } : token);
    }
  }
  return out;
}

/**
 * A word with a part in brackets, written without a space, is one word: "(dorps)participatie", "bewoner(s)",
 * "(her)inrichting". parse-dutch makes the brackets punctuation and the parts words of their own, so that the
 * sentence would count two words and judge "participatie" alone. A run of words and brackets with no space
 * between, the brackets balanced and holding words only, with a word outside them, becomes one word token.
 */
function joinBracketedParts(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Only where a run of words and brackets starts, so that a long run is scanned once, not from every token.
    const end = gluedToPrevious(tokens[i - 1]) ? undefined : bracketedWordEnd(tokens, i);
    if (end === undefined) {
      out.push(tokens[i] as Token);
      i++;
      continue;
    }
    const first = tokens[i] as Token;
    const last = tokens[end - 1] as Token;
    const text = tokens
      .slice(i, end)
      .map((t) => t.text)
      .join('');
    out.push({ kind: 'word', text, start: first.start, end: last.end });
    i = end;
  }
  return out;
}

const isBracket = (token: Token): boolean =>
  token.kind === 'punctuation' && (token.text === '(' || token.text === ')');
const gluedToPrevious = (previous: Token | undefined): boolean =>
  previous !== undefined && (previous.kind === 'word' || isBracket(previous));

/**
 * Where a word with a part in brackets that starts at token `from` ends (exclusive), or undefined if none starts
 * there: words and "(" ")" only, each bracket pair around words only, at least one pair and a word outside it.
 */
function bracketedWordEnd(tokens: readonly Token[], from: number): number | undefined {
  let depth = 0;
  let pairs = 0;
  let outside = false;
  let lastWhole = -1;
  for (let end = from; end < tokens.length; end++) {
    const token = tokens[end] as Token;
    if (token.kind === 'word') {
      if (depth === 0) outside = true;
    } else if (token.kind === 'punctuation' && token.text === '(' && depth === 0) {
      depth++;
    } else if (token.kind === 'punctuation' && token.text === ')' && depth === 1) {
      if (tokens[end - 1]?.kind !== 'word') break;
      depth--;
      pairs++;
    } else {
      break;
    }
    if (depth === 0) lastWhole = end + 1;
  }
  // "(dorps)" alone, or a bracket opened after a word and never closed, is no word with a part in brackets.
  return lastWhole > from && pairs > 0 && outside ? lastWhole : undefined;
}

/**
 * A stretch of text longer than this is parsed in chunks: parse-dutch takes time more than linear in the length of
 * a paragraph of odd text (thousands of full stops, apostrophes or abbreviations in a row). A memo's paragraphs
 * are far shorter, and are parsed whole.
 */
const CHUNK = 4000;

/** Where a long stretch is best cut: after a full stop, question or exclamation mark, white space and a capital. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/gu;
/** Else after the last white space, or after the last character that is no letter, digit or mark. */
const LAST_SPACE = /(\s)\S*$/u;
const LAST_NON_WORD = /([^\p{L}\p{N}\p{M}])[\p{L}\p{N}\p{M}]*$/u;
const NON_WORD = /[^\p{L}\p{N}\p{M}]/u;

/**
 * Where to cut a stretch of text for parsing, each piece about `CHUNK` long at most, in the second half of the
 * piece: after the last likely sentence end in it, else after white space, else after punctuation or a symbol (in
 * a long web address); in one very long word, at the first such place after it. Whether the sentences on both
 * sides of a cut are one is decided afterwards (`joinsAcross`).
 */
function chunksOf(text: string): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  let start = 0;
  while (text.length - start > CHUNK) {
    const windowStart = start + CHUNK / 2;
    const window = text.slice(windowStart, start + CHUNK);
    let cut = -1;
    for (const match of window.matchAll(SENTENCE_END)) cut = windowStart + match.index + match[0].length;
    if (cut < 0) {
      const last = LAST_SPACE.exec(window) ?? LAST_NON_WORD.exec(window);
      if (last) {
        cut = windowStart + last.index + (last[1]?.length ?? 1);
      } else {
        const next = NON_WORD.exec(text.slice(start + CHUNK));
        cut = next ? start + CHUNK + next.index + next[0].length : text.length;
      }
    }
    chunks.push({ start, end: cut });
    start = cut;
  }
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks;
}

const TERMINAL = new Set(['.', '!', '?', '…']);

/**
 * Whether the last sentence before a cut between chunks and the first after it are one sentence, as parse-dutch
 * would have found had it parsed them together: unless the first ended in a full stop, question or exclamation
 * mark (and closing quotes or brackets) and the second starts with a capital or an opening quote or bracket. A
 * sentence that ended in a word with a full stop ("zo.", "390.") is joined: `splitAtFullStops` cuts it again
 * where it ends.
 */
function joinsAcross(before: readonly Token[], after: readonly Token[]): boolean {
  let last = before.findLastIndex((t) => t.kind !== 'space');
  while (
    last >= 0 &&
    before[last]?.kind === 'punctuation' &&
    CLOSING_PUNCTUATION.has(before[last]?.text ?? '')
  ) {
    last--;
  }
  const end = before[last];
  if (!end || end.kind !== 'punctuation' || !TERMINAL.has(end.text.slice(-1))) return true;
  if (!before.some((t) => t.kind === 'word')) return true;
  const first = after.find((t) => t.kind !== 'space');
  if (first === undefined) return true;
  if (first.kind === 'word') return !CAPITAL_FIRST.test(first.text);
  return !OPENING_PUNCTUATION.has(first.text);
}

/** Appends `more` to `tokens` one by one: a spread of a very long array would overflow the stack. */
function append(tokens: Token[], more: readonly Token[]): void {
  for (const token of more) tokens.push(token);
}

/**
 * The sentences of one stretch of a block, [from, to), as token lists, by parse-dutch: in chunks if it is long,
 * with a sentence cut at a chunk's end, or at a full stop inside a web address, joined again.
 */
function parsedSentences(block: TextBlock, from: number, to: number, addresses: readonly Range[]): Token[][] {
  const insideAddress = (at: number): boolean => {
    const range = addresses.length > 0 ? addressAt(addresses, at - 1, at) : undefined;
    return range !== undefined && range.start < at && at < range.end;
  };
  const stretch = block.text.slice(from, to);
  const parsed: Token[][] = [];
  for (const chunk of chunksOf(stretch)) {
    const text = stretch.slice(chunk.start, chunk.end);
    let first = true;
    for (const child of parser.tokenizeParagraph(text).children) {
      if (child.type !== 'SentenceNode') continue;
      const tokens = tokensOf(child, text, from + chunk.start);
      const previous = parsed.at(-1);
      const end = previous?.at(-1)?.end ?? 0;
      if (previous && ((first && chunk.start > 0 && joinsAcross(previous, tokens)) || insideAddress(end))) {
        const start = tokens[0]?.start ?? end;
        if (start > end)
          previous.push({ kind: 'space', text: block.text.slice(end, start), start: end, end: start });
        append(previous, tokens);
      } else {
        parsed.push(tokens);
      }
      first = false;
    }
  }
  return parsed;
}

/**
 * The sentences of a block, by parse-dutch (the unified collective's Dutch parser: it knows Dutch abbreviations
 * such as "o.a.", "bijv." and "d.d.", and elisions such as "'s" and "zo'n"). A block is parsed as one paragraph,
 * so that a sentence never runs from one block into the next; a line break of the writer's may end a sentence
 * too (see `lineEnds`), but a full stop inside a web address does not.
 */
export function sentencesOf(block: TextBlock): Sentence[] {
  const sentences: Sentence[] = [];
  const addresses = addressRanges(block.text);
  let from = 0;
  for (const end of [...lineEnds(block), block.text.length]) {
    for (const parsed of parsedSentences(block, from, end, addresses)) {
      const words = joinBracketedParts(collapseAddresses(parsed, block.text, addresses));
      for (const tokens of splitAtFullStops(words)) {
        const first = tokens.findIndex((t) => t.kind !== 'space');
        const last = tokens.findLastIndex((t) => t.kind !== 'space');
        if (first < 0) continue;
        const trimmed = tokens.slice(first, last + 1);
        sentences.push({
          block,
          tokens: trimmed,
          start: trimmed[0]?.start ?? 0,
          end: trimmed.at(-1)?.end ?? 0,
        });
      }
    }
    from = end + 1;
  }
  return sentences;
}
