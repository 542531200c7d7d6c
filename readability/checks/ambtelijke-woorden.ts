import { cite, orList, visibleText, type BlockFinding } from '../finding.js';
import type { CompiledWordList, PhrasePattern } from '../word-list.js';
import { adjacent, type AnalysedSentence } from '../words.js';

/** The pattern that matches the words from `w` on, each next word right after the previous one; longest first. */
function matchAt(sentence: AnalysedSentence, w: number, list: CompiledWordList): PhrasePattern | undefined {
  const { words } = sentence;
  const candidates = list.get(words[w]?.lower ?? '');
  return candidates?.find((pattern) =>
    pattern.words.every((expected, k) => {
      const word = words[w + k];
      const previous = words[w + k - 1];
      if (word?.lower !== expected) return false;
      return k === 0 || (previous !== undefined && adjacent(sentence, previous, word));
    }),
  );
}

/** Ambtelijke woorden from the functioneel beheerder's list, each with its plainer alternatives. */
export function ambtelijkeWoorden(sentence: AnalysedSentence, list: CompiledWordList): BlockFinding[] {
  const found: BlockFinding[] = [];
  const { words } = sentence;
  for (let w = 0; w < words.length; w++) {
    const pattern = matchAt(sentence, w, list);
    const first = words[w];
    const last = words[w + (pattern?.words.length ?? 1) - 1];
    if (!pattern || !first || !last || first.inTitle) continue;
    const text = visibleText(sentence.block.text.slice(first.start, last.end));
    const { entry } = pattern;
    found.push({
      kind: 'ambtelijk-woord',
      severity: 'hint',
      block: sentence.block,
      start: first.start,
      end: last.end,
      label: 'ambtelijk woord',
      explanation: `${cite(text)} is ambtelijke taal; niet iedere lezer kent het.${entry.toelichting ? ` ${entry.toelichting}` : ''}`,
      suggestion: `Schrijf liever ${orList(entry.alternatieven)}.`,
    });
    w += pattern.words.length - 1;
  }
  return found;
}
