import { chmod, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { removeWithCompanions, syncFile, syncFolder } from './sqlite-files.js';
import { createTempFileNextTo, writeTarget } from './temp-files.js';

/**
 * The rename has happened, so the new file is in place, but forcing the folder to the disk failed: after a power cut
 * the old file may be back. Not "nothing changed", which every failure before the rename means.
 */
export class FolderNotSynced extends Error {
  constructor(
    readonly path: string,
    override readonly cause: unknown,
  ) {
    super(`${path} is vervangen, maar de map kon niet op de schijf worden vastgelegd`);
    this.name = 'FolderNotSynced';
  }
}

export interface ReplaceOptions {
  /** The permissions of the file when there is none yet to replace; else those of the file replaced. */
  newMode?: number;
  /** Runs after the new file is filled and on the disk, just before it takes the target's name. */
  beforeRename?: (path: string) => void | Promise<void>;
}

/**
 * Replaces `target` so that it is either wholly the new file or not changed at all: `fill` writes the new content
 * to a temporary file next to it, which already has its final permissions, so that a private file is never readable
 * by others on the way; it is forced to the disk and only then takes the target's name. A file it replaces keeps its
 * permissions; a symbolic link stays a link, and the file it points to is replaced; a folder, device or FIFO is
 * refused (NotARegularFile). Whatever fails before the rename leaves the target as it was and no temporary file (nor
 * its SQLite companions) behind; a failure after it is a FolderNotSynced.
 */
export async function replaceFile<T>(
  target: string,
  fill: (temp: string) => Promise<T>,
  options: ReplaceOptions = {},
): Promise<T> {
  const { path, mode } = await writeTarget(target);
  const final = mode ?? options.newMode;
  const temp = await createTempFileNextTo(path, final);
  let result: T;
  try {
    result = await fill(temp);
    await syncFile(temp);
    // Only a file its owner may not write (read-only) differs from what the temporary file was created with; after
    // the sync, which needs to open it for writing.
    if (final !== undefined) await chmod(temp, final);
    await options.beforeRename?.(path);
    await rename(temp, path);
  } finally {
    // After the rename there is no temporary file left and this removes nothing.
    await removeWithCompanions(temp);
  }
  try {
    await syncFolder(dirname(path));
  } catch (error) {
    throw new FolderNotSynced(path, error);
  }
  return result;
}
