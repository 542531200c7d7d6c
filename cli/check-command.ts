import type { Memo } from '../core/model/memo.js';
import {
  analyzeSections,
  compileWordList,
  DEFAULT_CONFIG,
  parseAmbtelijkeWoorden,
  parseConfig,
  type MemoResult,
  type ReadabilityConfig,
} from '../readability/index.js';
import { loadManifest, readJsonFile } from '../templates/engine/load.js';
import { shownName } from './file-errors.js';
import { parseMemo } from '../templates/engine/render.js';
import { namesIn, sectionsToCheck, titlesIn } from './check-sections.js';
import { textReport } from './check-report.js';
import { TEMPLATES_DIR, WORD_LIST_FILE } from '../api/locations.js';

export const CHECK_FORMATS = ['text', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  memoFile: string;
  format: CheckFormat;
  /** A JSON file with thresholds that differ from the defaults. */
  thresholdsFile: string | undefined;
}

/** The JSON for tools: the memo checked, the formula and thresholds used, and the full result. */
function jsonReport(
  options: CheckOptions,
  memo: Memo,
  result: MemoResult,
  config: ReadabilityConfig,
): string {
  const report = {
    memo: { file: options.memoFile, type: memo.type, onderwerp: memo.onderwerp },
    formula: result.formula,
    thresholds: config,
    verdict: result.verdict,
    figures: result.figures,
    sections: result.sections,
  };
  return JSON.stringify(report, null, 2);
}

/**
 * `raadsnota check`: the B1 check of a memo, section by section. Needs the memo, the manifest of its type (for
 * the section titles and their order) and the list of ambtelijke woorden; not the huisstijl nor the templates.
 */
export async function checkCommand(options: CheckOptions): Promise<string> {
  // One file after the other, so that with two bad files the message is always about the memo first.
  const memo = parseMemo(await readJsonFile(options.memoFile, shownName({ path: options.memoFile })));
  const config =
    options.thresholdsFile === undefined
      ? DEFAULT_CONFIG
      : parseConfig(
          await readJsonFile(
            options.thresholdsFile,
            shownName({ option: '--drempels', path: options.thresholdsFile }),
          ),
          options.thresholdsFile,
        );
  const wordList = compileWordList(
    parseAmbtelijkeWoorden(await readJsonFile(WORD_LIST_FILE), WORD_LIST_FILE),
  );
  const manifest = await loadManifest(TEMPLATES_DIR, memo.type);
  const result = analyzeSections(sectionsToCheck(memo, manifest), {
    config,
    wordList,
    names: namesIn(memo),
    titles: titlesIn(memo),
  });
  return options.format === 'json'
    ? jsonReport(options, memo, result, config)
    : textReport(memo, result, config);
}
