import { ValidationError } from '../core/errors.js';
import { FolderNotSynced } from '../files/replace-file.js';
import { NotARegularFile } from '../files/temp-files.js';
import { readInputFile } from '../files/read-file.js';
import { shortenMiddle } from './shorten.js';

/** A file the user named: its path as typed, and the option that named it, if not a positional argument. */
export interface UserFile {
  path: string;
  option?: string;
}

/** Long enough for the path of a deeply nested folder; longer ones lose their middle, not their file name. */
const PATH_LIMIT = 120;

/** What a failed write means, in Dutch. */
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
  ENXIO: 'is geen gewoon bestand',
};

/** How a message names `file`: as typed, after its option, with the middle of a very long path taken out. */
export function shownName(file: UserFile): string {
  const shown = shortenMiddle(file.path, PATH_LIMIT);
  return file.option === undefined ? shown : `${file.option} ${shown}`;
}

function refusal(file: UserFile, message: string): ValidationError {
  return new ValidationError([{ path: shownName(file), message }]);
}

// Every write goes through a rename: what fails before it leaves the target unchanged, what fails after it (forcing
// the folder to the disk) leaves the new file in place, not yet safe from a power cut.
const UNCHANGED = '; er is niets veranderd';
const NOT_SYNCED = '; het nieuwe bestand staat er, maar is mogelijk nog niet veilig op de schijf vastgelegd';

/** The file-system error as bad input about `file`, or undefined for an error that is not about a file. */
function asRefusal(error: unknown, file: UserFile): ValidationError | undefined {
  if (error instanceof ValidationError) return error;
  if (error instanceof NotARegularFile)
    return refusal(file, `is een ${error.kind}, geen gewoon bestand${UNCHANGED}`);
  const after = error instanceof FolderNotSynced ? NOT_SYNCED : UNCHANGED;
  const cause = error instanceof FolderNotSynced ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? WRITE_REASONS[code] : undefined;
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
    throw asRefusal(error, file) ?? error;
  }
}

/** Reads a file the user named, whole; what is wrong with it is bad input naming it as typed. */
export async function readUserFile(file: UserFile): Promise<Uint8Array> {
  return readInputFile(file.path, { name: shownName(file) });
}
