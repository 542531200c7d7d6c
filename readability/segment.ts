import type { Sentence as NlcstSentence } from 'nlcst';
import { ParseDutch } from 'parse-dutch';
import type { TextBlock } from './text-block.js';

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'space';

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

/**
 * parse-dutch keeps a full stop after a number as part of it, as in an ordinal ("3. juli" in German), and so runs
 * "Dat waren er 390. Wij verwachten…" into one sentence. Dutch writes no ordinals that way: a number with a full
 * stop before a capitalised word ends the sentence.
 */
function splitAfterNumbers(tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((token, i) => {
    let n = i + 1;
    while (tokens[n]?.kind === 'space') n++;
    const next = tokens[n];
    if (
      token.kind === 'word' &&
      NUMBER_WITH_FULL_STOP.test(token.text) &&
      next?.kind === 'word' &&
      /^\p{Lu}/u.test(next.text)
    ) {
      current.push({ ...token, text: token.text.slice(0, -1), end: token.end - 1 });
      current.push({ kind: 'punctuation', text: '.', start: token.end - 1, end: token.end });
      parts.push(current);
      current = [];
      return;
    }
    current.push(token);
  });
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
      if (!/^\p{Ll}/u.test(next)) ends.push(i);
      b--;
    }
    const char = text[i] ?? '';
    if (!/\s/u.test(char)) next = char;
  }
  return ends.reverse();
}

/**
 * The sentences of a block, by parse-dutch (the unified collective's Dutch parser: it knows Dutch abbreviations
 * such as "o.a.", "bijv." and "d.d.", and elisions such as "'s" and "zo'n"). A block is parsed as one paragraph,
 * so that a sentence never runs from one block into the next; a line break of the writer's may end a sentence
 * too (see `lineEnds`).
 */
export function sentencesOf(block: TextBlock): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const end of [...lineEnds(block), block.text.length]) {
    const text = block.text.slice(from, end);
    const paragraph = parser.tokenizeParagraph(text);
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue;
      for (const tokens of splitAfterNumbers(tokensOf(child, text, from))) {
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
