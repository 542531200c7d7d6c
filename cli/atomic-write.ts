import { writeFile } from 'node:fs/promises';
import { replaceFile } from '../files/replace-file.js';

/**
 * Writes a file so that it is either wholly there or not changed at all (replaceFile): a file it replaces keeps its
 * permissions; a symbolic link stays a link, and the file it points to is replaced; a folder, device or FIFO is
 * refused (NotARegularFile).
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  await replaceFile(target, (temp) => writeFile(temp, data));
}
