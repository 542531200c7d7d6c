import type { ReadabilityConfig } from '../config.js';
import { CUT_BEFORE } from '../dutch.js';
import { cite, type BlockFinding } from '../finding.js';
import { countsInSentence, type AnalysedSentence } from '../words.js';

const MIN_PART = 6;

/** Where the sentence could be cut: at a ";" if there is one, else at a joining word; the one nearest the middle. */
function cutSuggestion(sentence: AnalysedSentence): string {
  const { words, tokens } = sentence;
  let best: { at: number; semicolon: boolean } | undefined;
  for (let w = MIN_PART; w < words.length - MIN_PART; w++) {
    const word = words[w];
    if (!word) continue;
    const semicolon = tokens.slice(words[w - 1]?.token ?? 0, word.token).some((t) => t.text === ';');
    if (!semicolon && !CUT_BEFORE.has(word.lower)) continue;
    const distance = (at: number, atSemicolon: boolean): number =>
      Math.abs(at - words.length / 2) - (atSemicolon ? words.length : 0);
    if (!best || distance(w, semicolon) < distance(best.at, best.semicolon)) best = { at: w, semicolon };
  }
  const word = best && words[best.at];
  if (!best || !word) return 'Splits de zin in kortere zinnen met elk één boodschap.';
  return best.semicolon
    ? `Maak van de puntkomma voor ${cite(word.text)} een punt.`
    : `Splits de zin in kortere zinnen met elk één boodschap, bijvoorbeeld bij ${cite(word.text)}.`;
}

/**
 * A sentence of more than `zinslengte.hint` words is a hint, of more than `zinslengte.waarschuwing` a warning.
 * Names, numbers, amounts and quoted titles are not counted: a motie's title is not the writer's sentence.
 */
export function longSentences(sentence: AnalysedSentence, config: ReadabilityConfig): BlockFinding[] {
  const count = sentence.words.filter(countsInSentence).length;
  const { hint, waarschuwing } = config.zinslengte;
  if (count <= hint) return [];
  const warning = count > waarschuwing;
  return [
    {
      kind: 'long-sentence',
      severity: warning ? 'warning' : 'hint',
      block: sentence.block,
      start: sentence.start,
      end: sentence.end,
      label: `lange zin (${count} woorden)`,
      explanation: warning
        ? `Deze zin telt ${count} woorden; boven de ${waarschuwing} raakt een lezer op B1-niveau de draad kwijt.`
        : `Deze zin telt ${count} woorden; boven de ${hint} wordt een zin voor veel lezers lastig.`,
      suggestion: cutSuggestion(sentence),
    },
  ];
}
