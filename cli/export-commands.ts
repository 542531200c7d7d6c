import { basename, dirname, resolve } from 'node:path';
import type { InputOf } from '../api/contract/index.js';
import type { EXPORT_STAPPEN, Voortgang } from '../core/model/export.js';
import { invoke, OperationRefused, withContext } from './door.js';
import { readMemoFile } from './memo-file.js';
import { UsageError } from './usage-error.js';

/** What `raadsnota export` was given. */
export interface ExportOptions {
  /** Memo files and memo numbers in the register, in the order given. */
  memos: readonly string[];
  out: string;
  profile: string | undefined;
  pdf: boolean;
  zip: boolean;
  /** The folder of the bijlagen of the memos from the register. */
  bijlagen: string | undefined;
  dbPath: string | undefined;
  huisstijlDir: string | undefined;
}

const STAP_NAMEN: Record<(typeof EXPORT_STAPPEN)[number], string> = {
  document: 'Documenten',
  pdf: 'PDF',
  pakket: 'Pakketten',
};

const BAR_WIDTH = 24;

/**
 * How the export gets on, on stderr: a bar redrawn in place on a terminal, one plain line per step's progress
 * otherwise (a log, a pipe), so that a batch of a hundred memos is never silent while LibreOffice works.
 */
function progressOn(stream: NodeJS.WriteStream): { show: (v: Voortgang) => void; done: () => void } {
  let drawn = false;
  return {
    show: ({ stap, klaar, totaal }) => {
      const label = `${STAP_NAMEN[stap].padEnd(10)} ${String(klaar)}/${String(totaal)}`;
      if (!stream.isTTY) {
        stream.write(`${label}\n`);
        return;
      }
      const filled = Math.round((klaar / totaal) * BAR_WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${label}\u001b[K`);
      drawn = true;
    },
    done: () => {
      if (drawn) stream.write('\n');
    },
  };
}

const MEMO_NUMBER = /^[1-9]\d{0,14}$/;

type ExportMemoInput = InputOf<'export.packages'>['memos'][number];

/** A memo as the operation takes it: a number from the register, else a memo file with its folder. */
async function memoInput(given: string, bijlagen: string | undefined): Promise<ExportMemoInput> {
  if (MEMO_NUMBER.test(given)) {
    return { id: Number(given), ...(bijlagen !== undefined && { map: resolve(bijlagen) }) };
  }
  return { nota: await readMemoFile(given), map: dirname(resolve(given)) };
}

/** The operation's fields that are this command's options. */
const OPTION_OF: Readonly<Record<string, string>> = { uit: '--out', profiel: '--profile' };

/**
 * The operation's problems named as the user gave the memos: `secties[2]` for one memo, `nota2.json: secties[2]` in a
 * batch, rather than the operation's `memos[1].nota.secties[2]`; the operation's `uit` as `--out`.
 */
async function asGiven<T>(memos: readonly string[], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const issues = error instanceof OperationRefused ? error.error.issues : undefined;
    if (!(error instanceof OperationRefused) || issues === undefined) throw error;
    const named = issues.map((issue) => {
      const option = OPTION_OF[issue.path];
      if (option !== undefined) return { ...issue, path: option };
      const match = /^memos\[(\d+)\](?:\.nota)?(?:\.(.*))?$/.exec(issue.path);
      if (match === null) return issue;
      const rest = match[2] ?? '';
      const memo = memos[Number(match[1])] ?? '';
      return { ...issue, path: memos.length === 1 ? rest : [memo, rest].filter((p) => p !== '').join(': ') };
    });
    throw new OperationRefused({ ...error.error, issues: named, field: named[0]?.path });
  }
}

/** Where the packages go: `--out x.zip` is that one ZIP for one memo; otherwise a folder with one package per memo. */
function destination(options: ExportOptions): { uit: string; zip: boolean; naam?: string } {
  if (!/\.zip$/i.test(options.out)) return { uit: options.out, zip: options.zip };
  if (options.memos.length > 1) {
    throw new UsageError(
      "bij meer nota's is --out een map, die per nota een pakket krijgt; --zip maakt er ZIP-bestanden van",
    );
  }
  return { uit: dirname(options.out), zip: true, naam: basename(options.out) };
}

/** `raadsnota export`: one package per memo, its path printed; a missing PDF said with its reason. */
export async function exportCommand(options: ExportOptions): Promise<{ output: string; note?: string }> {
  if (options.memos.length === 0)
    throw new UsageError('export verwacht een notabestand of het nummer van een nota');
  const where = destination(options);
  const memos = await Promise.all(options.memos.map((m) => memoInput(m, options.bijlagen)));
  const progress = progressOn(process.stderr);
  const result = await asGiven(options.memos, () =>
    withContext(
      { dbPath: options.dbPath, huisstijlDir: options.huisstijlDir, progress: progress.show },
      (ctx) =>
        invoke(ctx, 'export.packages', {
          memos,
          pdf: options.pdf,
          ...where,
          ...(options.profile !== undefined && { profiel: options.profile }),
        }),
    ),
  ).finally(progress.done);
  const output = result.pakketten.map((p) => `Pakket: ${p.pad}`).join('\n');
  return result.pdf.reden === undefined ? { output } : { output, note: `Geen PDF: ${result.pdf.reden}` };
}

/** `raadsnota verify`: "In orde" with the number of files, or each problem (the caller exits with 2). */
export async function verifyCommand(pad: string): Promise<{ inOrde: boolean; text: string }> {
  const result = await withContext({}, (ctx) => invoke(ctx, 'export.verify', { pad }));
  if (result.inOrde) {
    return {
      inOrde: true,
      text: `In orde: ${pad} (${String(result.bestanden)} bestanden, elk met de SHA-256 uit het manifest)`,
    };
  }
  const lines = result.fouten.map((f) => `  - ${f.pad}: ${f.melding}`);
  return { inOrde: false, text: [`Het pakket ${pad} klopt niet met zijn manifest:`, ...lines].join('\n') };
}
