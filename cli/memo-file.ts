import { parseMemo, type Memo } from '../core/model/memo.js';
import { readJsonFile } from '../files/read-json.js';
import { shownName } from './file-errors.js';

/**
 * A memo file the user named, read and checked before any operation runs, so that its problems are named as in the
 * file (`Ongeldige nota:` and `secties[2].inhoud`), not as a field of the operation's input (`nota.secties[2]…`).
 */
export async function readMemoFile(path: string): Promise<Memo> {
  return parseMemo(await readJsonFile(path, shownName({ path })));
}
