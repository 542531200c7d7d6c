import { link, lstat, mkdir, open, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { ValidationError } from '../../core/errors.js';
import { FolderNotSynced } from '../../files/replace-file.js';
import { syncFile, syncFolder } from '../../files/sqlite-files.js';
import { createTempFileNextTo, createTempFolderIn } from '../../files/temp-files.js';
import type { PackageEntry } from './contents.js';

/** Whether anything is at `path`: a file, a folder, or a link (even to nothing). */
export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** A new file, on the disk before it is closed: a package renamed into place must not be empty after a power cut. */
async function writeSynced(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The rename (or link) that put the package in place forced to the disk; a failure is said as such (write-refusal). */
async function placed(target: string): Promise<void> {
  try {
    await syncFolder(dirname(target));
  } catch (error) {
    throw new FolderNotSynced(target, error);
  }
}

/** A package is never written over another: what is there was made, checked or sent before. */
export function alreadyThere(target: string): ValidationError {
  return new ValidationError([
    {
      path: 'uit',
      message: `${target} bestaat al; er is niets geschreven. Kies een andere map, of verwijder of hernoem wat er staat`,
    },
  ]);
}

/**
 * The package as a folder: written whole into a temporary folder beside it (files/temp-files.ts naming, which a later
 * export clears when its writer is gone), the manifest last, every file on the disk, then renamed to its name. A reader, or a BIS watching the
 * folder, sees the whole package or none of it; an export killed halfway leaves only the temporary folder.
 */
export async function writeFolder(target: string, entries: readonly PackageEntry[]): Promise<void> {
  const temp = await createTempFolderIn(dirname(target));
  try {
    const folders = new Set<string>([temp]);
    for (const entry of entries) {
      // The package's paths use /, which Node takes on Windows as well.
      const file = join(temp, entry.pad);
      folders.add(dirname(file));
      await mkdir(dirname(file), { recursive: true });
      await writeSynced(file, entry.bytes);
    }
    for (const folder of folders) await syncFolder(folder);
    // rename() puts a folder over an empty one without a word: the check comes just before it.
    if (await exists(target)) throw alreadyThere(target);
    await rename(temp, target).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      throw code === 'ENOTEMPTY' || code === 'EEXIST' ? alreadyThere(target) : error;
    });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  await placed(target);
}

/**
 * The package as a ZIP file, its entries at the root, dated by the export: written to a temporary file beside it, then
 * linked to its name, which fails rather than replace a file that appeared meanwhile. Where the file system has no
 * links (FAT on a USB stick, some shares) it is renamed after a last check.
 */
export async function writeZip(
  target: string,
  entries: readonly PackageEntry[],
  aangemaakt: Date,
): Promise<void> {
  const files: Zippable = {};
  for (const entry of entries) files[entry.pad] = [entry.bytes, { mtime: aangemaakt }];
  const zip = zipSync(files, { level: 6 });
  const temp = await createTempFileNextTo(target);
  try {
    await writeFile(temp, zip);
    await syncFile(temp);
    try {
      await link(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw alreadyThere(target);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      if (await exists(target)) throw alreadyThere(target);
      await rename(temp, target);
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await placed(target);
}
