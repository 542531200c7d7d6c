import { readFile } from 'node:fs/promises';
import type { Register } from '../../db/connection.js';
import { createBackup } from './create.js';
import { withTempFile } from './temp-folder.js';

/**
 * A consistent backup of the open register as bytes, for a browser to download: written by createBackup (so checked
 * as every backup is) to a temporary file, read, and removed. `today` names it.
 */
export async function downloadBackup(
  db: Register,
  today: string,
): Promise<{ naam: string; bytes: Uint8Array }> {
  const naam = `raadsnota-reservekopie-${today}.sqlite`;
  const bytes = await withTempFile(naam, async (path) => {
    await createBackup(db, { path, naam });
    return readFile(path);
  });
  return { naam, bytes };
}
