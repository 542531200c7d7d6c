/** What the B1-check suites share: the shipped word list, and the analyzer run on one section of HTML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeText,
  compileWordList,
  parseAmbtelijkeWoorden,
  type AnalyzeOptions,
  type Finding,
  type FindingKind,
  type SectionResult,
} from '../../readability/index.js';
import { ROOT } from './assets.js';

export const WORD_LIST_FILE = join(ROOT, 'templates', 'taal', 'ambtelijke-woorden.json');

export const shippedWordList = (): unknown => JSON.parse(readFileSync(WORD_LIST_FILE, 'utf8')) as unknown;

export const WORD_LIST = compileWordList(parseAmbtelijkeWoorden(shippedWordList()));

/** Checks `html` as one section with the shipped word list. */
export function check(html: string, options: AnalyzeOptions = {}): SectionResult {
  return analyzeText(html, 'html', { wordList: WORD_LIST, ...options });
}

/** The findings of one kind. */
export function findingsOf(html: string, kind: FindingKind, options: AnalyzeOptions = {}): Finding[] {
  return check(html, options).findings.filter((f) => f.kind === kind);
}

/** The source text each finding of a kind points at. */
export function flagged(html: string, kind: FindingKind, options: AnalyzeOptions = {}): string[] {
  return findingsOf(html, kind, options).map((f) => html.slice(f.start, f.end));
}
