import { dirname, resolve } from 'node:path';
import { quote } from '../core/errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { invoke, withContext } from './door.js';
import { writingTo } from './file-errors.js';
import { asInMemoFile, readMemoFile } from './memo-file.js';

/** The memo a command works on: a memo file, or a memo in the register by its id. */
export type MemoChoice = { file: string } | { id: number };

interface Common {
  huisstijlDir: string | undefined;
}

/** The folder of a memo file: its pictures (`<img src="organogram.png">`) are files beside it. */
function memoFolder(file: string): string {
  return dirname(resolve(file));
}

export async function renderCommand(
  options: Common & { memo: MemoChoice; out: string; createdAt: Date; dbPath: string | undefined },
): Promise<string> {
  const source =
    'file' in options.memo
      ? { nota: await readMemoFile(options.memo.file), map: memoFolder(options.memo.file) }
      : options.memo;
  const bestand = await asInMemoFile(() =>
    withContext({ huisstijlDir: options.huisstijlDir, dbPath: options.dbPath }, (ctx) =>
      invoke(ctx, 'memos.render', { ...source, aangemaakt: options.createdAt.toISOString() }),
    ),
  );
  const out = resolve(options.out);
  await writingTo({ option: '--out', path: options.out }, () =>
    writeFileAtomic(out, Buffer.from(bestand.base64, 'base64')),
  );
  return out;
}

export async function validateCommand(options: Common & { memoFile: string }): Promise<string> {
  const nota = await readMemoFile(options.memoFile);
  const { type, onderwerp, secties, verplicht, herkend } = await asInMemoFile(() =>
    withContext({ huisstijlDir: options.huisstijlDir }, (ctx) =>
      invoke(ctx, 'memos.validate', { nota, map: memoFolder(options.memoFile) }),
    ),
  );
  const recognised = herkend.map((h) => `\nSectie ${quote(h.titel)} (${h.pad}) geldt als ${h.als}.`).join('');
  return `In orde: ${type} "${onderwerp}" met ${secties} secties (waarvan ${verplicht} verplicht).${recognised}`;
}
