import { open, rm, stat } from 'node:fs/promises';
import type { Database } from 'better-sqlite3';

/**
 * Removes a SQLite file together with its write-ahead log, the log's index and a rollback journal. A journal left
 * next to a database that is not its own would be replayed into it on the next open, and corrupt it.
 */
export async function removeWithCompanions(file: string): Promise<void> {
  await rm(file, { force: true });
  await removeCompanions(file);
}

export async function removeCompanions(file: string): Promise<void> {
  await Promise.all(['-wal', '-shm', '-journal'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
}

/** Whether two paths name one file, also through a link or a different spelling; a path that does not exist names none. */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a, { bigint: true }), stat(b, { bigint: true })]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Forces a file's content to the disk, so that the rename that publishes it cannot reach the disk before it does. */
export async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Forces a rename in `dir` to the disk. Windows cannot open a folder for this; NTFS journals the rename itself. */
export async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** What `PRAGMA integrity_check` finds wrong (structure, indexes and the search index); empty when all is well. */
export function integrityProblems(db: Database): string[] {
  const found = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
  return found.length === 1 && found[0] === 'ok' ? [] : found;
}

/** A few problems in one line, for a message a user reads. */
export function summarize(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).map((p) => p.replace(/\s+/g, ' ').trim());
  return problems.length > shown.length ? `${shown.join('; ')}; …` : shown.join('; ');
}
