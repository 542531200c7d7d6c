import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, realpath, rm, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The one name of every temporary file Raadsnota writes, and of the SQLite companions such a file gets while it is a
 * database. Short, so that it fits in any folder the target's own name fits in; with the writer's process id, so that
 * a later run can tell the litter of a killed writer from a file that a running writer is still busy with.
 */
const TEMP_NAME = /^\.raadsnota-(\d{1,10})-[0-9a-f]{12}\.tmp(?:-wal|-shm|-journal)?$/;

function freshTempName(): string {
  return `.raadsnota-${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Only a process that certainly no longer exists counts as gone: ESRCH. Not ours to signal (EPERM) is alive. A process
 * id means something on this computer only: in a folder shared with another computer that writes there at the same
 * moment, its temporary file can be taken for litter; its write then fails and leaves the target as it was.
 */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes from `dir` the temporary files of writers that were killed before they could clean up: files of our own
 * naming whose process is gone, and nothing else. Best effort: what cannot be read or removed stays, and the write
 * that follows reports what is wrong with the folder.
 */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(
    names.map(async (name) => {
      const pid = TEMP_NAME.exec(name)?.[1];
      if (pid === undefined || !isGone(Number(pid))) return;
      // Recursive: an export's package is written as a temporary folder of this naming (createTempFolderIn).
      await rm(join(dir, name), { recursive: true, force: true }).catch(() => undefined);
    }),
  );
}

/**
 * Creates an empty temporary file in the folder of `file`, after clearing that folder of stale ones, and returns its
 * path. The same folder puts it on the same file system, so that renaming it onto `file` is atomic: a reader sees the
 * old file or the new one, never half of either. Created here rather than by whoever fills it, so that a folder that
 * cannot be written fails with the file system's own reason. With `mode` it has those permissions before a byte is in
 * it, so that a private file is never readable by others while it is written: created with them (the umask can only
 * take permissions away) and then set exactly; the owner may always read and write it, or it could not be filled.
 */
export async function createTempFileNextTo(file: string, mode?: number): Promise<string> {
  const dir = dirname(file);
  await removeStaleTempFiles(dir);
  const temp = join(dir, freshTempName());
  const fillable = mode === undefined ? undefined : mode | 0o600;
  const handle = await open(temp, 'wx', fillable);
  try {
    if (fillable !== undefined) await handle.chmod(fillable);
  } finally {
    await handle.close();
  }
  return temp;
}

/**
 * Creates an empty private temporary folder in `dir`, after clearing that folder of stale ones, and returns its path:
 * a package is written whole inside it and then renamed to its name, so that a killed export leaves only a folder of
 * this naming, which the next write clears.
 */
export async function createTempFolderIn(dir: string): Promise<string> {
  await removeStaleTempFiles(dir);
  const temp = join(dir, freshTempName());
  await mkdir(temp, { mode: 0o700 });
  return temp;
}

/** A fresh temporary file's path in `dir`, not yet created: for a writer that creates it exclusively itself. */
export function tempFileIn(dir: string): string {
  return join(dir, freshTempName());
}

const KINDS = [
  ['map', (s: Stats) => s.isDirectory()],
  ['apparaat', (s: Stats) => s.isBlockDevice() || s.isCharacterDevice()],
  ['pijp (FIFO)', (s: Stats) => s.isFIFO()],
  ['socket', (s: Stats) => s.isSocket()],
] as const;

/** A place to write that holds something other than a regular file, which replacing would destroy. */
export class NotARegularFile extends Error {
  constructor(
    readonly path: string,
    /** What is there instead, in Dutch: `map`, `apparaat`, …, or `verwijzing naar een bestand dat niet bestaat`. */
    readonly kind: string,
  ) {
    super(`${path} is een ${kind}, geen gewoon bestand; daar wordt niet over geschreven`);
    this.name = 'NotARegularFile';
  }
}

export interface WriteTarget {
  /** Where the new file goes: the path itself, or the file a symbolic link there points to. */
  path: string;
  /** The permissions of the file being replaced, to give to its replacement; undefined when there is none. */
  mode: number | undefined;
}

/**
 * Where a write to `file` must land. Nothing there: `file`. A regular file: `file`, with its permissions. A symbolic
 * link: the file it points to, checked the same way, so that the link stays a link and its target gets the new
 * content. Anything else (a folder, a device, a FIFO, a link to nothing) is refused with NotARegularFile.
 */
export async function writeTarget(file: string): Promise<WriteTarget> {
  let info: Stats;
  try {
    info = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path: file, mode: undefined };
    throw error;
  }
  let path = file;
  if (info.isSymbolicLink()) {
    try {
      path = await realpath(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new NotARegularFile(file, 'verwijzing naar een bestand dat niet bestaat');
      }
      throw error;
    }
    info = await stat(path);
  }
  if (!info.isFile()) {
    throw new NotARegularFile(file, KINDS.find(([, is]) => is(info))?.[0] ?? 'bijzonder bestand');
  }
  return { path, mode: info.mode & 0o7777 };
}
