// The figures (Flesch–Douma and friends), the verdicts and their thresholds, and the thresholds' validation.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.js';
import { DEFAULT_CONFIG, parseConfig } from '../readability/config.js';
import { figuresOf, type Counts } from '../readability/figures.js';
import { memoVerdict, verdictOf } from '../readability/verdict.js';
import { issuesOf } from './helpers/assets.js';
import { check } from './helpers/readability.js';

describe('figures', () => {
  it('computes Flesch–Douma = 206.835 − 0.93 × words/sentences − 77 × syllables/words', () => {
    // 8 words, 2 sentences, 8 syllables: 206.835 − 0.93 × 4 − 77 × 1 = 126.115.
    expect(check('<p>De kat zit op de mat. Hij slaapt.</p>').figures).toEqual({
      words: 8,
      sentences: 2,
      syllables: 8,
      longWords: 0,
      averageSentenceLength: 4,
      longWordPercentage: 0,
      fleschDouma: 126.1,
    });
    // de 1, ge-meen-te 3, be-taalt 2, de 1, zwem-les 2: 9 syllables in 5 words; 206.835 − 4.65 − 138.6 = 63.585.
    expect(check('<p>De gemeente betaalt de zwemles.</p>').figures).toMatchObject({
      words: 5,
      syllables: 9,
      fleschDouma: 63.6,
    });
  });

  it('counts running text and footnotes, not numbers, headings or table cells', () => {
    const html =
      '<h2>Kop van de sectie</h2><table><tr><th>Kop</th><td>een cel met tekst</td></tr></table>' +
      '<p>Wij betalen 186.000 euro.<span data-type="footnote">Bron: de begroting.</span></p>';
    expect(check(html).figures).toMatchObject({ words: 6, sentences: 2 });
  });

  it('counts no paragraph inside a table cell, and checks no header cell, with or without <p>', () => {
    const html =
      '<table><thead><tr><th><p>Armoedebestrijdingsbeleid in de wijken</p></th><td>Stadsvernieuwingsgebied</td></tr>' +
      '</thead><tbody><tr><td><p>Wij betalen op 1 oktober de lessen.</p></td></tr></tbody></table>' +
      '<p>De kinderen zwemmen.</p>';
    const result = check(html);
    expect(result.figures).toMatchObject({ words: 3, sentences: 1 });
    expect(result.findings).toEqual([]);
  });

  it('reads a sentence in capitals as words, and spells out only abbreviations', () => {
    const shouted = check('<p>MELD UW KIND NU AAN VOOR DE ZWEMLES.</p>').figures;
    expect(shouted).toEqual(check('<p>Meld uw kind nu aan voor de zwemles.</p>').figures);
    expect(shouted).toMatchObject({ words: 8, syllables: 9 });
    // de 1, GGD 3, en 1, het 1, RIVM 4, hel-pen 2, het 1, pro-ject 2, ZWEM-LES 2.
    expect(check('<p>De GGD en het RIVM helpen het project ZWEMLES.</p>').figures).toMatchObject({
      words: 9,
      syllables: 17,
    });
  });

  it('counts no web or e-mail address as words', () => {
    const html =
      '<p>Kijk op https://www.voorbeeld.nl/zwemles-voor-kinderen?wijk=noord of mail naar zwem.les@voorbeeld.nl. ' +
      'Meer staat op voorbeeld.nl en www.voorbeeld.nl/Zwemles. Daar staat het.</p>';
    // Kijk op of mail naar | Meer staat op en | Daar staat het.
    expect(check(html).figures).toMatchObject({ words: 12, sentences: 3 });
  });

  it('counts long words as a share of all words', () => {
    expect(check('<p>De armoedebestrijding helpt.</p>').figures).toMatchObject({
      words: 3,
      longWords: 1,
      longWordPercentage: 33.3,
    });
  });

  it('has no averages or score without words', () => {
    expect(check('<p>390</p>').figures).toMatchObject({
      words: 0,
      averageSentenceLength: null,
      longWordPercentage: null,
      fleschDouma: null,
    });
  });
});

/** Counts that pass every limit: Flesch–Douma 97.4, 10 words a sentence, no long words. */
const PASSING: Counts = { words: 100, sentences: 10, syllables: 130, longWords: 0 };

describe('verdicts with the default thresholds', () => {
  const verdict = (over: Partial<Counts>, warnings = 0) =>
    verdictOf({ ...PASSING, ...over }, warnings, DEFAULT_CONFIG);

  it('passes at the limits themselves', () => {
    // 15 words a sentence (Flesch–Douma 92.8); 5 % long words.
    expect(verdict({ words: 150, sentences: 10, syllables: 195 })).toBe('B1 waarschijnlijk gehaald');
    expect(verdict({ longWords: 5 })).toBe('B1 waarschijnlijk gehaald');
    // Flesch–Douma 60.015: 206.835 − 0.93 × 44/6 − 77 × 80/44.
    expect(verdict({ words: 44, sentences: 6, syllables: 80 })).toBe('B1 waarschijnlijk gehaald');
  });

  it('says “let op” past the first limit of any figure, judged before rounding', () => {
    // Flesch–Douma 59.98 (shown as 60.0): 206.835 − 0.93 × 42/3 − 77 × 73/42.
    expect(figuresOf({ words: 42, sentences: 3, syllables: 73, longWords: 0 }).fleschDouma).toBe(60);
    expect(verdict({ words: 42, sentences: 3, syllables: 73 })).toBe('let op');
    // 316/21 = 15.05 words a sentence (shown as 15.0).
    expect(verdict({ words: 316, sentences: 21, syllables: 411 })).toBe('let op');
    // 6 of 119 words long: 5.04 % (shown as 5.0).
    expect(verdict({ words: 119, longWords: 6, syllables: 150 })).toBe('let op');
    // 20 words a sentence and 10 % long words: at the second limits, still “let op”.
    expect(verdict({ words: 200, sentences: 10, syllables: 260, longWords: 20 })).toBe('let op');
  });

  it('says “te moeilijk” past the second limit of any figure', () => {
    // Flesch–Douma 44.96 (shown as 45.0): 206.835 − 0.93 × 46/15 − 77 × 95/46.
    expect(verdict({ words: 46, sentences: 15, syllables: 95 })).toBe('te moeilijk');
    // 401/20 = 20.05 words a sentence.
    expect(verdict({ words: 401, sentences: 20, syllables: 521 })).toBe('te moeilijk');
    // 12 of 119 words long: 10.08 %.
    expect(verdict({ words: 119, longWords: 12, syllables: 150 })).toBe('te moeilijk');
  });

  it('says at least “let op” when a sentence got a warning', () => {
    expect(verdict({}, 1)).toBe('let op');
    // Flesch–Douma 44.96 again.
    expect(verdict({ words: 46, sentences: 15, syllables: 95 }, 1)).toBe('te moeilijk');
  });

  it('judges a text of fewer than 40 words by its warnings only', () => {
    // 39 or 40 words in one sentence, 200 syllables: every figure far past its second limit.
    expect(verdict({ words: 39, sentences: 1, syllables: 200 })).toBe('B1 waarschijnlijk gehaald');
    expect(verdict({ words: 39, sentences: 1, syllables: 200 }, 1)).toBe('let op');
    expect(verdict({ words: 40, sentences: 1, syllables: 200 })).toBe('te moeilijk');
  });

  it('gives the memo at least “let op” when a section did not pass', () => {
    expect(memoVerdict('B1 waarschijnlijk gehaald', ['B1 waarschijnlijk gehaald'])).toBe(
      'B1 waarschijnlijk gehaald',
    );
    expect(memoVerdict('B1 waarschijnlijk gehaald', ['B1 waarschijnlijk gehaald', 'te moeilijk'])).toBe(
      'let op',
    );
    expect(memoVerdict('te moeilijk', ['let op'])).toBe('te moeilijk');
  });

  it('marks a section as too short to score, and still reports its sentences', () => {
    // One sentence of 4 × 12 = 48 words: a warning, and an average far over 20.
    const long = `<p>${'Wij willen graag dat ieder kind in deze stad veilig leert zwemmen '.repeat(4)}.</p>`;
    const result = check(long);
    expect(result).toMatchObject({ tooShortToScore: false, verdict: 'te moeilijk' });
    expect(result.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(check('<p>Deze informatienota is openbaar.</p>')).toMatchObject({
      tooShortToScore: true,
      verdict: 'B1 waarschijnlijk gehaald',
    });
  });
});

describe('thresholds', () => {
  it('fills what a file leaves out with the defaults', () => {
    expect(parseConfig({})).toEqual(DEFAULT_CONFIG);
    const stricter = parseConfig({ zinslengte: { hint: 15 }, oordeel: { fleschDouma: { letOpOnder: 70 } } });
    expect(stricter.zinslengte).toEqual({ hint: 15, waarschuwing: 30 });
    expect(stricter.oordeel.fleschDouma).toEqual({ letOpOnder: 70, teMoeilijkOnder: 45 });
    expect(stricter.oordeel.gemiddeldeZinslengte).toEqual(DEFAULT_CONFIG.oordeel.gemiddeldeZinslengte);
  });

  it('changes the findings and the verdict', () => {
    const sixteen =
      '<p>Wij willen dat ieder kind in onze stad veilig kan zwemmen en daarom betalen wij het.</p>';
    expect(check(sixteen).findings).toEqual([]);
    const config = parseConfig({ zinslengte: { hint: 15 } });
    expect(check(sixteen, { config }).findings).toMatchObject([{ label: 'lange zin (16 woorden)' }]);
    // Flesch–Douma 66.6: 206.835 − 0.93 × 10 − 77 × 1.7.
    const counts = { ...PASSING, syllables: 170 };
    expect(verdictOf(counts, 0, DEFAULT_CONFIG)).toBe('B1 waarschijnlijk gehaald');
    expect(verdictOf(counts, 0, parseConfig({ oordeel: { fleschDouma: { letOpOnder: 70 } } }))).toBe(
      'let op',
    );
  });

  it('refuses wrong thresholds, naming the file and the field', async () => {
    const issues = await issuesOf(() =>
      parseConfig(
        { zinslengte: { hint: 40 }, oordeel: { fleschDouma: { letOpOnder: 'zestig' } }, zinlengte: 3 },
        'drempels.json',
      ),
    );
    expect(issues.map((i) => i.path).sort()).toEqual([
      'drempels.json',
      'drempels.json: oordeel.fleschDouma.letOpOnder',
      'drempels.json: zinslengte',
    ]);
    // The unknown key at the top is named in the message of the file's own issue.
    expect(issues.find((i) => i.path === 'drempels.json')?.message).toContain('zinlengte');
    expect(issues.find((i) => i.path === 'drempels.json: zinslengte')?.message).toBe(
      'hint mag niet groter zijn dan waarschuwing',
    );
    expect(() => parseConfig({ titelHoogstensWoorden: 0 })).toThrow(ValidationError);
  });
});
