import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncFolder } from '../db/sqlite-files.js';
import { createTempFileNextTo, writeTarget } from '../db/temp-files.js';

/**
 * Writes a file so that it is either wholly there or not changed at all: the bytes go to a temporary file in the
 * same folder, are flushed to disk, and only then take the target's name. A file it replaces keeps its permissions;
 * a symbolic link stays a link, and the file it points to is replaced; a folder, device or FIFO is refused
 * (NotARegularFile).
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const { path, mode } = await writeTarget(target);
  const temp = await createTempFileNextTo(path);
  try {
    const handle = await open(temp, 'r+');
    try {
      await handle.writeFile(data);
      // The temporary file has the default permissions; without this a private file would become readable to all.
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}
