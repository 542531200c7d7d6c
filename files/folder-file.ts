import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { readRegularFile, UnreadableFile } from './read-file.js';

/** A file named relative to a folder: its bytes, or why they cannot be used (the caller words it for its file). */
export type FolderFile =
  | { bytes: Uint8Array }
  | { missing: true }
  /** Where the name leads, through a symbolic link or `..`, outside the folder. */
  | { outside: string }
  /** Why the file cannot be read, said of the file: `is een map, geen bestand`. */
  | { unreadable: string };

/**
 * The bytes of `name` in `folder`, as readRegularFile reads them (regular files only, `maxBytes` at most). Whatever a
 * symbolic link or `..` says, the file must lie inside the folder, so that a huisstijl or a memo cannot carry another
 * file of the computer into a document.
 */
export async function readFileInFolder(folder: string, name: string, maxBytes: number): Promise<FolderFile> {
  let real: string;
  let realFolder: string;
  try {
    [realFolder, real] = await Promise.all([realpath(folder), realpath(join(folder, name))]);
  } catch {
    return { missing: true };
  }
  const inside = relative(realFolder, real);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { outside: real };
  }
  try {
    return { bytes: await readRegularFile(real, maxBytes) };
  } catch (error) {
    if (error instanceof UnreadableFile) return { unreadable: error.reason };
    throw error;
  }
}
