// Syllable counts of known words, by the Dutch hyphenation patterns. The expected numbers are the syllables a
// Dutch speaker hears, checked by hand; words where the patterns disagree are left out (see readability/README.md).
import { describe, expect, it } from 'vitest';
import { Syllables } from '../readability/syllables.js';

const syllables = (word: string): number => new Syllables().of(word);
const hyphenated = (word: string): string => new Syllables().hyphenated(word);

const KNOWN: readonly [string, number][] = [
  ['huis', 1],
  ['zee', 1],
  ['jeugd', 1],
  ['zwemles', 2],
  ['ruimte', 2],
  ['wachtlijst', 2],
  ['gemeente', 3],
  ['kinderen', 3],
  ['wethouder', 3],
  ['kernboodschap', 3],
  ['uitvoering', 3],
  ['toezegging', 3],
  ['duurzaamheid', 3],
  ['begroting', 3],
  ['burgemeester', 4],
  ['gemeenteraad', 4],
  ['bestemmingsplan', 4],
  ['samenwerking', 4],
  ['voorzieningen', 4],
  ['maatregelen', 4],
  ['geïnformeerd', 4],
  ['raadsmededeling', 5],
  ['financiële', 5],
  ['realiseren', 5],
  ['coöperatie', 5],
  ['participatie', 5],
  ['verantwoordelijkheid', 6],
  ['informatienota', 6],
  ['armoedebestrijding', 6],
  ['individuele', 6],
  ['collegeonderhandelingen', 9],
];

describe('syllables', () => {
  it.each(KNOWN)('%s has %i', (word, count) => {
    expect(syllables(word)).toBe(count);
  });

  // The patterns never split off one letter at either end of a word; the count adds those syllables back.
  it.each([
    ['over', 2],
    ['open', 2],
    ['idee', 2],
    ['ideeën', 3],
    ['ideaal', 3],
    ['economie', 4],
    ['evaluatie', 5],
    ['april', 2],
    ['radio', 3],
    ['video', 3],
  ] as const)('%s has %i, a lone vowel at the edge included', (word, count) => {
    expect(syllables(word)).toBe(count);
  });

  it('adds nothing at the edges where the letters are one sound', () => {
    for (const [word, count] of [
      ['ook', 1],
      ['uit', 1],
      ['elk', 1],
      ['bureau', 2],
      ['eenmalig', 3],
      ['Europa', 3],
    ] as const) {
      expect(syllables(word), word).toBe(count);
    }
  });

  it('counts the parts of a word with a hyphen or an apostrophe, and ignores case', () => {
    expect(syllables('sociaal-maatschappelijke')).toBe(3 + 5);
    expect(syllables("agenda's")).toBe(3);
    expect(syllables('GEMEENTE')).toBe(3);
  });

  it('counts a piece without a vowel as no syllable', () => {
    // Ca-ri-no-va. (The patterns, as shipped today, split off a lone n: that piece must not count.)
    expect(syllables('Carinova')).toBe(4);
  });

  it('counts a run of more than 100 letters by its groups of vowels, and shows it without hyphens', () => {
    const run = 'zwemles'.repeat(20);
    expect(syllables(run)).toBe(40);
    expect(hyphenated(run)).toBe(run);
  });

  it('gives the same count however often and in whatever order it is asked', () => {
    const counter = new Syllables();
    const words = ['gemeenteraad', 'zwemles', 'GEMEENTERAAD', 'gemeenteraad', 'radio'];
    expect(words.map((w) => counter.of(w))).toEqual([4, 2, 4, 4, 3]);
    expect(counter.hyphenated('Gemeenteraad')).toBe(hyphenated('Gemeenteraad'));
  });

  it('shows the hyphenation of a word in its own letters', () => {
    expect(hyphenated('Armoedebestrijding')).toBe('Ar-moe-de-be-strij-ding');
    expect(hyphenated('sociaal-maatschappelijke')).toBe('so-ci-aal-maat-schap-pe-lij-ke');
  });
});
