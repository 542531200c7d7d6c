import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { ValidationError } from '../core/errors.js';

/**
 * The one way Raadsnota reads a file that a person maintains or names: a memo, a huisstijl and its logo, a template,
 * a manifest, a word list, thresholds, a mapping, an import list, a backup to restore. Here because templates/ reads
 * most of them and cli/ may import templates/, not the other way round.
 */

// Without O_NONBLOCK, opening a FIFO waits for a writer that may never come. Windows has neither.
const READ_FLAGS = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK);

const NOT_A_FILE = 'is geen gewoon bestand';

/** What a failed read means, in Dutch. A code not listed is no fault of the file, and is thrown as it is. */
const READ_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'bestand bestaat niet',
  ENOTDIR: 'bestand bestaat niet (een deel van het pad is een bestand)',
  EISDIR: 'is een map, geen bestand',
  EACCES: 'mag niet worden gelezen (geen toestemming)',
  EPERM: 'mag niet worden gelezen (geen toestemming)',
  EBUSY: 'het bestand is in gebruik door een ander programma',
  ENAMETOOLONG: 'de naam is te lang voor het bestandssysteem',
  ELOOP: 'de verwijzingen (symbolische links) in het pad vormen een kring',
  EIO: 'de schijf meldt een fout bij het lezen',
  ENXIO: NOT_A_FILE,
};

export interface ReadOptions {
  /** How a refusal names the file: the path as the user typed it, with the option that named it. The path if absent. */
  name?: string;
  /** A larger file is refused unread: reading it whole would only cost memory. */
  maxBytes?: number;
}

/** A file that cannot be read, with why in Dutch, said of the file: `is een map, geen bestand`. */
export class UnreadableFile extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'UnreadableFile';
  }
}

/**
 * The bytes of `path`, whole. Only a regular file is read: it is opened without blocking and checked on that same
 * handle, so that a FIFO, a device (a link to /dev/zero) or a folder is refused before a read that could block for
 * ever or never end, and nothing can swap the file between the check and the read. What is wrong with the file is
 * thrown as UnreadableFile.
 */
export async function readRegularFile(path: string, maxBytes?: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    throw asUnreadable(error, path);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new UnreadableFile(path, READ_REASONS.EISDIR ?? NOT_A_FILE);
    if (!info.isFile()) throw new UnreadableFile(path, NOT_A_FILE);
    if (maxBytes !== undefined && info.size > maxBytes) {
      throw new UnreadableFile(path, `is groter dan ${maxBytes / 1024 / 1024} MB`);
    }
    return new Uint8Array(await handle.readFile());
  } catch (error) {
    throw asUnreadable(error, path);
  } finally {
    await handle.close();
  }
}

function asUnreadable(error: unknown, path: string): unknown {
  if (error instanceof UnreadableFile) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? READ_REASONS[code] : undefined;
  return reason === undefined ? error : new UnreadableFile(path, reason);
}

/** As readRegularFile, with what is wrong with the file as bad input naming it (`name`, else its path). */
export async function readInputFile(path: string, options: ReadOptions = {}): Promise<Uint8Array> {
  try {
    return await readRegularFile(path, options.maxBytes);
  } catch (error) {
    if (error instanceof UnreadableFile) {
      throw new ValidationError([{ path: options.name ?? path, message: error.reason }]);
    }
    throw error;
  }
}

/** As readInputFile, decoded as UTF-8 text. */
export async function readInputText(path: string, options: ReadOptions = {}): Promise<string> {
  return Buffer.from(await readInputFile(path, options)).toString('utf8');
}
