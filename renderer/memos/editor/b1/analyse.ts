import {
  analyzeSections,
  compileWordList,
  type CompiledWordList,
  type ReadabilityConfig,
  type SectionResult,
} from '../../../../readability/index.js';
import type { B1Memo, B1Settings } from './protocol.js';

/** The settings as the check uses them: the word list compiled, which is done once per set of settings. */
export interface CompiledSettings {
  wordList: CompiledWordList;
  drempels: ReadabilityConfig;
}

export function compileSettings(settings: B1Settings): CompiledSettings {
  return { wordList: compileWordList(settings.woorden), drempels: settings.drempels };
}

/**
 * The B1 check of the memo's sections as `raadsnota check` does it: all sections at once (a word the memo only ever
 * writes with a capital is a name in every section), with the names and titles the memo gives. Each result's path
 * is the section's key.
 */
export function checkSections(memo: B1Memo, settings: CompiledSettings): SectionResult[] {
  return analyzeSections(
    memo.sections.map((s) => ({ path: s.key, title: s.titel, text: s.inhoud, format: 'html' as const })),
    { config: settings.drempels, wordList: settings.wordList, names: memo.names, titles: memo.titles },
  ).sections;
}
