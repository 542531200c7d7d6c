import { z } from '../core/model/zod-nl.js';

/** The formula, stated once wherever the score is shown. */
export const FLESCH_DOUMA_FORMULA =
  'Flesch–Douma = 206,835 − 0,93 × (woorden ÷ zinnen) − 77 × (lettergrepen ÷ woorden)';

const Count = z.int().min(0);

/** The counts a section's figures are made of; sections add up to the memo's. */
export const Counts = z.object({
  words: Count.describe('Woorden'),
  sentences: Count.describe('Zinnen'),
  syllables: Count.describe('Lettergrepen'),
  longWords: Count.describe('Lange woorden'),
});
export type Counts = z.infer<typeof Counts>;

/** A section's or memo's figures, rounded to one decimal. Averages and the score are null without words. */
export const Figures = Counts.extend({
  averageSentenceLength: z.number().nullable().describe('Gemiddeld aantal woorden per zin'),
  longWordPercentage: z.number().nullable().describe('Lange woorden als percentage van alle woorden'),
  fleschDouma: z
    .number()
    .nullable()
    .describe(
      'Flesch–Douma: 206,835 − 0,93 × (woorden ÷ zinnen) − 77 × (lettergrepen ÷ woorden); hoger is makkelijker',
    ),
});
export type Figures = z.infer<typeof Figures>;

export const NO_COUNTS: Counts = { words: 0, sentences: 0, syllables: 0, longWords: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    words: a.words + b.words,
    sentences: a.sentences + b.sentences,
    syllables: a.syllables + b.syllables,
    longWords: a.longWords + b.longWords,
  };
}

const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** Flesch–Douma, the Dutch adaptation of Flesch's reading ease (Douma, 1960). */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}

export function figuresOf(counts: Counts): Figures {
  const { words, sentences, syllables, longWords } = counts;
  const some = words > 0 && sentences > 0;
  return {
    ...counts,
    averageSentenceLength: some ? round(words / sentences, 1) : null,
    longWordPercentage: some ? round((100 * longWords) / words, 1) : null,
    fleschDouma: some ? round(fleschDouma(words, sentences, syllables), 1) : null,
  };
}
