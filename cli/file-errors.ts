import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { ValidationError } from '../core/errors.js';
import { NotARegularFile } from '../db/temp-files.js';
import { shortenMiddle } from './shorten.js';

/** A file the user named: its path as typed, and the option that named it, if not a positional argument. */
export interface UserFile {
  path: string;
  option?: string;
}

/** Long enough for the path of a deeply nested folder; longer ones lose their middle, not their file name. */
const PATH_LIMIT = 120;

const IS_A_FOLDER = 'is een map, geen bestand';
const NOT_A_FILE = 'is geen gewoon bestand';

/** What a failed write means, in Dutch; the target is unchanged, because every write goes through a rename. */
const WRITE_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'de map bestaat niet',
  ENOTDIR: 'de map bestaat niet (een deel van het pad is een bestand)',
  EISDIR: 'is een map; geef een bestandsnaam',
  EACCES: 'hier mag niet worden geschreven (geen toestemming)',
  EPERM:
    'hier mag niet worden geschreven (geen toestemming, of het bestand is geopend in een ander programma)',
  EBUSY: 'het bestand is in gebruik door een ander programma',
  EROFS: 'de schijf is alleen-lezen',
  ENAMETOOLONG: 'de naam is te lang voor het bestandssysteem',
  ENOSPC: 'de schijf is vol',
  // SQLite's word for it, when the disk fills while SQLite itself writes a backup or a restored register.
  SQLITE_FULL: 'de schijf is vol',
  EDQUOT: 'de schijfruimte die u mag gebruiken (quotum) is op',
  EFBIG: 'het bestand wordt te groot voor het bestandssysteem',
  EEXIST: 'er staat al een bestand met die naam',
  ELOOP: 'de verwijzingen (symbolische links) in het pad vormen een kring',
  EIO: 'de schijf meldt een fout bij het schrijven',
  ENXIO: NOT_A_FILE,
};

/** What a failed read means, in Dutch. */
const READ_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'bestand bestaat niet',
  ENOTDIR: 'bestand bestaat niet (een deel van het pad is een bestand)',
  EISDIR: IS_A_FOLDER,
  EACCES: 'mag niet worden gelezen (geen toestemming)',
  EPERM: 'mag niet worden gelezen (geen toestemming)',
  EBUSY: 'het bestand is in gebruik door een ander programma',
  ENAMETOOLONG: 'de naam is te lang voor het bestandssysteem',
  ELOOP: 'de verwijzingen (symbolische links) in het pad vormen een kring',
  EIO: 'de schijf meldt een fout bij het lezen',
  ENXIO: NOT_A_FILE,
};

function refusal(file: UserFile, message: string): ValidationError {
  const shown = shortenMiddle(file.path, PATH_LIMIT);
  return new ValidationError([
    { path: file.option === undefined ? shown : `${file.option} ${shown}`, message },
  ]);
}

/** The file-system error as bad input about `file`, or undefined for an error that is not about a file. */
function asRefusal(
  error: unknown,
  file: UserFile,
  reasons: Readonly<Record<string, string>>,
  after = '',
): ValidationError | undefined {
  if (error instanceof ValidationError) return error;
  if (error instanceof NotARegularFile)
    return refusal(file, `is een ${error.kind}, geen gewoon bestand${after}`);
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? reasons[code] : undefined;
  return reason === undefined ? undefined : refusal(file, `${reason}${after}`);
}

/**
 * Runs `work`, which writes `file`, and reports a file system that refuses as bad input about the path the user
 * typed, never about the temporary file that the write went through.
 */
export async function writingTo<T>(file: UserFile, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asRefusal(error, file, WRITE_REASONS, '; er is niets veranderd') ?? error;
  }
}

// Without O_NONBLOCK, opening a FIFO waits for a writer that may never come. Windows has neither.
const READ_FLAGS = constants.O_RDONLY | ((constants.O_NONBLOCK as number | undefined) ?? 0);

async function readRegularFile<T>(file: UserFile, read: (handle: FileHandle) => Promise<T>): Promise<T> {
  try {
    const handle = await open(file.path, READ_FLAGS);
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw refusal(file, info.isDirectory() ? IS_A_FOLDER : NOT_A_FILE);
      return await read(handle);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw asRefusal(error, file, READ_REASONS) ?? error;
  }
}

/**
 * Reads a file the user named, whole. Only a regular file: a folder, device or FIFO is refused, before a read that
 * could block for ever or never end.
 */
export async function readUserFile(file: UserFile): Promise<Uint8Array> {
  return readRegularFile(file, async (handle) => new Uint8Array(await handle.readFile()));
}

/** Refuses, as readUserFile would, a file that a reader elsewhere is about to read by its path. */
export async function ensureReadable(file: UserFile): Promise<void> {
  await readRegularFile(file, () => Promise.resolve());
}
