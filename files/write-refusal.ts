import { ValidationError } from '../core/errors.js';
import { FolderNotSynced } from './replace-file.js';
import { NotARegularFile } from './temp-files.js';

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

// Every write goes through a rename: what fails before it leaves the target unchanged, what fails after it (forcing
// the folder to the disk) leaves the new file in place, not yet safe from a power cut.
const UNCHANGED = '; er is niets veranderd';
const NOT_SYNCED = '; het nieuwe bestand staat er, maar is mogelijk nog niet veilig op de schijf vastgelegd';

/** The file-system error as bad input about the file called `name`, or undefined for one not about a file. */
function asRefusal(error: unknown, name: string): ValidationError | undefined {
  if (error instanceof ValidationError) return error;
  const refusal = (message: string) => new ValidationError([{ path: name, message }]);
  if (error instanceof NotARegularFile)
    return refusal(`is een ${error.kind}, geen gewoon bestand${UNCHANGED}`);
  const after = error instanceof FolderNotSynced ? NOT_SYNCED : UNCHANGED;
  const cause = error instanceof FolderNotSynced ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? WRITE_REASONS[code] : undefined;
  return reason === undefined ? undefined : refusal(`${reason}${after}`);
}

/**
 * Runs `work`, which writes a file, and reports a file system that refuses as bad input about that file, named
 * `name` (the path as the caller gave it), never about the temporary file that the write went through.
 */
export async function writingTo<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asRefusal(error, name) ?? error;
  }
}
