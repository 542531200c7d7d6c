import { ValidationError } from '../core/errors.js';
import type { MemoFile } from '../core/model/memo.js';
import { readJsonFile } from '../files/read-json.js';
import { OperationRefused } from './door.js';
import { shownName } from './file-errors.js';

/**
 * A memo file the user named, read as JSON; the operation checks it against its type and names its problems as in
 * the file (`Ongeldige nota:` and `secties[2].inhoud`).
 */
export async function readMemoFile(path: string): Promise<MemoFile> {
  const raw = await readJsonFile(path, shownName({ path }));
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return raw as MemoFile;
  throw new ValidationError([{ path: shownName({ path }), message: 'een nota is een object { … }' }], 'nota');
}

/**
 * Runs an operation on a memo file, naming its problems as in the file (`datum`, `secties[2].inhoud`): the operation
 * names them under its input's field `nota`, and the user wrote a file, not that input.
 */
export async function asInMemoFile<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const issues = error instanceof OperationRefused ? error.error.issues : undefined;
    if (!(error instanceof OperationRefused) || issues === undefined) throw error;
    const inFile = issues.map((i) => ({
      ...i,
      path: i.path === 'nota' ? '' : i.path.replace(/^nota\./, ''),
    }));
    throw new OperationRefused({ ...error.error, issues: inFile, field: inFile[0]?.path });
  }
}
