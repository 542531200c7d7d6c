// The B1 check's public face: what the CLI (and later the editor) uses.
export { analyzeSections, analyzeText } from './analyze.js';
export type { AnalyzeOptions, SectionInput } from './analyze.js';
export { Finding, MemoResult, SectionResult } from './result.js';
export { DEFAULT_CONFIG, parseConfig, ReadabilityConfig } from './config.js';
export { FindingKind, Severity } from './finding.js';
export { Figures, FLESCH_DOUMA_FORMULA } from './figures.js';
export { Verdict, VERDICTS } from './verdict.js';
export {
  AmbtelijkeWoorden,
  compileWordList,
  parseAmbtelijkeWoorden,
  type CompiledWordList,
} from './word-list.js';
