import { ValidationError } from '../core/errors.js';
import type { InputOf } from '../api/contract/index.js';
import type { MemoCheck } from '../api/contract/memo-documents.js';
import { readJsonFile } from '../files/read-json.js';
import { textReport } from './check-report.js';
import { invoke, OperationRefused, withContext } from './door.js';
import { shownName } from './file-errors.js';
import { asInMemoFile, readMemoFile } from './memo-file.js';

export const CHECK_FORMATS = ['text', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  memoFile: string;
  format: CheckFormat;
  /** A JSON file with thresholds that differ from the defaults. */
  thresholdsFile: string | undefined;
}

/** The JSON for tools: the memo checked, the formula and thresholds used, and the full result. */
function jsonReport(options: CheckOptions, check: MemoCheck): string {
  const report = {
    memo: { file: options.memoFile, ...check.nota },
    formula: check.formula,
    thresholds: check.drempels,
    verdict: check.verdict,
    figures: check.figures,
    sections: check.sections,
  };
  return JSON.stringify(report, null, 2);
}

const FIELD = 'drempels';

/** The operation names a bad threshold as a field of its input (`drempels.zinslengte.hint`); the user wrote a file. */
function asThresholdsFile(error: unknown, file: string): unknown {
  const issues = error instanceof OperationRefused ? (error.error.issues ?? []) : [];
  const inFile = issues.length > 0 && issues.every((i) => i.path === FIELD || i.path.startsWith(`${FIELD}.`));
  if (!inFile) return error;
  return new ValidationError(
    issues.map(({ path, message }) => ({
      path: path === FIELD ? file : `${file}: ${path.slice(FIELD.length + 1)}`,
      message,
    })),
    'drempels',
  );
}

/**
 * `raadsnota check`: the B1 check of a memo (`memos.check`), section by section. With two bad files, the message is
 * always about the memo first.
 */
export async function checkCommand(options: CheckOptions): Promise<string> {
  const nota = await readMemoFile(options.memoFile);
  const file = options.thresholdsFile;
  // The file's content as it is: the operation checks it against the thresholds' schema.
  const drempels =
    file === undefined
      ? undefined
      : ((await readJsonFile(
          file,
          shownName({ option: '--drempels', path: file }),
        )) as InputOf<'memos.check'>['drempels']);
  const check = await asInMemoFile(() =>
    withContext({}, async (ctx) => {
      try {
        return await invoke(ctx, 'memos.check', { nota, ...(drempels !== undefined && { drempels }) });
      } catch (error) {
        if (file === undefined) throw error;
        // The operation checks its input's thresholds before the memo; the user hears of the memo first.
        await invoke(ctx, 'memos.check', { nota });
        throw asThresholdsFile(error, file);
      }
    }),
  );
  return options.format === 'json' ? jsonReport(options, check) : textReport(check);
}
