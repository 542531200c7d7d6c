import { z } from '../core/model/zod-nl.js';
import type { ReadabilityConfig } from './config.js';
import { fleschDouma, type Counts } from './figures.js';

export const VERDICTS = ['B1 waarschijnlijk gehaald', 'let op', 'te moeilijk'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

const worst = (...verdicts: Verdict[]): Verdict =>
  verdicts.reduce((a, b) => (VERDICTS.indexOf(b) > VERDICTS.indexOf(a) ? b : a), VERDICTS[0]);

/** "te moeilijk" past the second threshold, "let op" past the first, else passed. */
function rising(value: number, t: { letOpBoven: number; teMoeilijkBoven: number }): Verdict {
  if (value <= t.letOpBoven) return 'B1 waarschijnlijk gehaald';
  return value > t.teMoeilijkBoven ? 'te moeilijk' : 'let op';
}

function falling(value: number, t: { letOpOnder: number; teMoeilijkOnder: number }): Verdict {
  if (value >= t.letOpOnder) return 'B1 waarschijnlijk gehaald';
  return value < t.teMoeilijkOnder ? 'te moeilijk' : 'let op';
}

/**
 * The verdict on a stretch of text: the worst of its Flesch–Douma score, its average sentence length and its
 * share of long words, each against its two thresholds; and at least "let op" if a sentence got a warning. Below
 * `oordeel.minimumWoorden` words the figures are too unsteady to judge by, and only the warnings count. The
 * figures are judged as computed, not as rounded for the report: a score of 59.96 is below 60.
 */
export function verdictOf(counts: Counts, warnings: number, config: ReadabilityConfig): Verdict {
  const t = config.oordeel;
  const byWarnings: Verdict = warnings > 0 ? 'let op' : 'B1 waarschijnlijk gehaald';
  const { words, sentences, syllables, longWords } = counts;
  if (words < t.minimumWoorden || words === 0 || sentences === 0) return byWarnings;
  return worst(
    byWarnings,
    falling(fleschDouma(words, sentences, syllables), t.fleschDouma),
    rising(words / sentences, t.gemiddeldeZinslengte),
    rising((100 * longWords) / words, t.aandeelLangeWoorden),
  );
}

/** The memo's verdict: that of all its text together, and at least "let op" if any section did not pass. */
export function memoVerdict(pooled: Verdict, sections: readonly Verdict[]): Verdict {
  const anyFailed = sections.some((v) => v !== 'B1 waarschijnlijk gehaald');
  return worst(pooled, anyFailed ? 'let op' : 'B1 waarschijnlijk gehaald');
}
