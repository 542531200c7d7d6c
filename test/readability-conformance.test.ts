// Conformance: the B1 check on the real, public memos in ../shared/domain/examples (read at test time, never copied
// into this repository). They are plain text extracted from PDF and Word, so they go through the plain-text entry:
// a blank line ends a paragraph, and every range is an offset into the file's text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { analyzeText, type SectionResult } from '../readability/index.js';
import { WORD_LIST } from './helpers/readability.js';
import { describeWithSharedExamples, sharedExamplesDir } from './helpers/tools.js';

const ZWOLLE = 'zwolle-informatienota-2018.txt';
const EXAMPLES = [
  ZWOLLE,
  'deventer-collegenota-met-raadsmededeling-2018.txt',
  'zwolle-brief-participatieraad-2022.txt',
];

const read = (name: string): string => readFileSync(join(sharedExamplesDir(), name), 'utf8');

describeWithSharedExamples(EXAMPLES, 'the B1 check on the real memos', () => {
  it('finds the long “kennis te nemen van” sentence of the Zwolle memo among its warnings, range and all', () => {
    const text = read(ZWOLLE);
    const result = analyzeText(text, 'plain', { wordList: WORD_LIST });
    // The sentence under "Wij stellen u voor kennis te nemen van:", found in the text itself: it runs from "De
    // reactie van het college" to the first full stop that ends a line.
    const proposal = text.indexOf('Wij stellen u voor kennis te nemen van');
    expect(proposal).toBeGreaterThan(0);
    const start = text.indexOf('De reactie van het college', proposal);
    const end = text.indexOf('.\n', start) + 1;
    expect(start).toBeGreaterThan(proposal);
    expect(end).toBeGreaterThan(start);

    const finding = result.findings.find((f) => f.kind === 'long-sentence' && f.start === start);
    expect(finding, 'a long-sentence finding that starts at “De reactie van het college”').toBeDefined();
    expect(finding).toMatchObject({ severity: 'warning', end });
    // Counted by hand: every word in lower case without a digit counts (numbers, dates and codes do not, the
    // abbreviation o.a. does), and of the capitalised words two: the sentence's first word and the first word of
    // a quotation. The other two are in a motie's short title in quotes, and a person's name.
    const pieces = text
      .slice(start, end)
      .split(/\s+/u)
      .map((piece) => piece.replace(/^[^\p{L}\p{N}]+/u, ''));
    const lowerCase = pieces.filter((piece) => /^\p{Ll}/u.test(piece) && !/\d/u.test(piece)).length;
    expect(lowerCase).toBeGreaterThan(50);
    expect(finding?.label).toBe(`lange zin (${lowerCase + 2} woorden)`);
  });

  it('judges the Zwolle memo harder than B1, and finds every kind of problem in it', () => {
    const result = analyzeText(read(ZWOLLE), 'plain', { wordList: WORD_LIST });
    expect(result.verdict).not.toBe('B1 waarschijnlijk gehaald');
    expect(new Set(result.findings.map((f) => f.kind))).toEqual(
      new Set(['long-sentence', 'long-word', 'passive', 'nominalisation', 'ambtelijk-woord']),
    );
  });

  it.each(EXAMPLES)('gives findings in %s whose ranges point at the flagged text', (name) => {
    const text = read(name);
    const result: SectionResult = analyzeText(text, 'plain', { wordList: WORD_LIST });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const finding of result.findings) {
      expect(finding.start).toBeLessThan(finding.end);
      expect(finding.end).toBeLessThanOrEqual(text.length);
      // Plain text maps one to one, so the range holds the flagged text (line breaks read as spaces).
      expect(text.slice(finding.start, finding.end).replace(/\s+/g, ' ')).toBe(finding.text);
      const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
      expect(finding.column).toBe(finding.start - lineStart + 1);
      expect(finding.line).toBe(text.slice(0, finding.start).split('\n').length);
    }
  });
});
