// The B1 check's public face: what the CLI (and later the editor) uses.
export { analyzeSections, analyzeText } from './analyze.js';
export type { AnalyzeOptions, Finding, MemoResult, SectionInput, SectionResult } from './analyze.js';
export { DEFAULT_CONFIG, parseConfig, ReadabilityConfig } from './config.js';
export type { FindingKind, Severity } from './finding.js';
export { FLESCH_DOUMA_FORMULA, type Figures } from './figures.js';
export { VERDICTS, type Verdict } from './verdict.js';
export {
  AmbtelijkeWoorden,
  compileWordList,
  parseAmbtelijkeWoorden,
  type CompiledWordList,
} from './word-list.js';
