import data from '../naamwoordstijl.json' with { type: 'json' };
import { DETERMINERS } from '../dutch.js';
import { cite, visibleText, type BlockFinding } from '../finding.js';
import type { AnalysedSentence, Word } from '../words.js';

const ENDINGS = data.uitgangen;
const NOT_NOMINAL = new Set(data.geenNominalisatie);
const NOT_INFINITIVE = new Set(data.infinitiefGeenNominalisatie);
/** A word in lower case that ends in -en, as an infinitive does. */
const INFINITIVE = /^\p{Ll}{3,}en$/u;
/** A noun made from a verb by its ending: "uitvoering", "realisatie" (not "woning", "informatie"). */
function nominalNoun(word: Word): boolean {
  if (word.isName || word.inTitle || NOT_NOMINAL.has(word.lower)) return false;
  return ENDINGS.some((ending) => word.lower.endsWith(ending) && word.lower.length >= ending.length + 4);
}

/** An infinitive used as a noun after "het": "het realiseren", "het oppakken" (not "het verleden"). */
function nominalInfinitive(words: readonly Word[], i: number): boolean {
  const word = words[i];
  return (
    words[i - 1]?.lower === 'het' &&
    word !== undefined &&
    !word.isName &&
    !word.inTitle &&
    INFINITIVE.test(word.text) &&
    !NOT_INFINITIVE.has(word.lower)
  );
}

/** The verb a nominalisation hides, where it follows from the ending: uitvoering → uitvoeren, evaluatie → evalueren. */
function verbOf(noun: string): string | undefined {
  if (noun.endsWith('ing')) return `${noun.slice(0, -3)}en`;
  if (noun.endsWith('atie')) return `${noun.slice(0, -4)}eren`;
  return undefined;
}

interface Link {
  /** First word of the phrase (its determiner, if any). */
  from: number;
  /** The nominalisation itself. */
  noun: number;
  /** "van" after it. */
  van: number;
  verb: string | undefined;
}

/** "de uitvoering van", "het realiseren van", "uitvoering van": a nominalisation followed by "van". */
function linkAt(words: readonly Word[], i: number): Link | undefined {
  const word = words[i];
  if (!word || words[i + 1]?.lower !== 'van') return undefined;
  if (nominalInfinitive(words, i)) return { from: i - 1, noun: i, van: i + 1, verb: word.lower };
  if (!nominalNoun(word)) return undefined;
  const from = DETERMINERS.has(words[i - 1]?.lower ?? '') ? i - 1 : i;
  return { from, noun: i, van: i + 1, verb: verbOf(word.lower) };
}

/**
 * Naamwoordstijl: a verb hidden in a noun, followed by "van" ("het realiseren van", "de uitvoering van"). Two or
 * more of them linked ("de verbetering van de uitvoering van de regeling") are one finding, a chain.
 */
export function nominalisations(sentence: AnalysedSentence): BlockFinding[] {
  const { words } = sentence;
  const found: BlockFinding[] = [];
  let i = 0;
  while (i < words.length) {
    const link = linkAt(words, i);
    if (!link) {
      i++;
      continue;
    }
    // Follow the chain: after "van", an optional determiner, and the next nominalisation, with or without "van".
    const chain = [link];
    for (;;) {
      const last = chain.at(-1) ?? link;
      let next = last.van + 1;
      if (DETERMINERS.has(words[next]?.lower ?? '')) next++;
      const following = linkAt(words, next);
      if (following) {
        chain.push(following);
        continue;
      }
      const tail = words[next];
      if (last.van !== last.noun && tail && nominalNoun(tail)) {
        chain.push({ from: next, noun: next, van: next, verb: verbOf(tail.lower) });
      }
      break;
    }
    const first = words[link.from];
    const end = chain.length > 1 ? words[chain.at(-1)?.noun ?? link.van] : words[link.van];
    if (first && end) {
      const nouns = chain.map((c) => words[c.noun]?.text ?? '');
      const verbs = chain.map((c) => c.verb).filter((v): v is string => v !== undefined);
      const isChain = chain.length > 1;
      found.push({
        kind: 'nominalisation',
        severity: 'hint',
        block: sentence.block,
        start: first.start,
        end: end.end,
        label: isChain ? 'naamwoordstijl (keten)' : 'naamwoordstijl',
        explanation: isChain
          ? `Een keten van zelfstandige naamwoorden (${nouns.map(cite).join(' → ')}) verbergt wie wat doet.`
          : `In ${cite(visibleText(sentence.block.text.slice(first.start, end.end)))} zit een werkwoord verstopt in een zelfstandig naamwoord; de zin wordt er zwaar en vaag van.`,
        suggestion:
          verbs.length > 0
            ? `Schrijf met het werkwoord (${verbs.map(cite).join(', ')}) en zeg wie het doet.`
            : 'Schrijf met een werkwoord en zeg wie het doet.',
      });
    }
    i = (chain.at(-1)?.van ?? i) + 1;
  }
  return found;
}
