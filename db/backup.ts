import { stat } from 'node:fs/promises';
import Database from 'better-sqlite3';
import type { Register } from './connection.js';
import { RegisterDamaged, RegisterRefused } from './errors.js';
import { checkProblems } from './checks.js';
import { registerFileOf } from './register-file.js';
import { replaceFile } from '../files/replace-file.js';
import { integrityProblems, isSameFile, summarize } from '../files/sqlite-files.js';

export interface BackupResult {
  /** The database pages copied. */
  pages: number;
  /** The size of the backup file. */
  bytes: number;
}

/**
 * better-sqlite3 copies 100 pages per step and lets the event loop run between steps. SQLite restarts a backup from
 * the first page whenever another connection writes between two steps, so against a busy register that could go on
 * for ever. Asking for every page at once copies the whole register within one read transaction: a snapshot at a
 * transaction boundary, while writers carry on in the write-ahead log. It blocks this thread for the copy, a fraction
 * of a second for a register of a few megabytes. SQLite's own "all" is -1, which better-sqlite3 turns into 0 pages;
 * hence the largest count it accepts.
 */
const ALL_PAGES = 0x7fffffff;

/**
 * Writes a consistent copy of the register to `target` while the register stays in use, by this connection and by
 * others. A register that is damaged (`PRAGMA quick_check`) is refused with that said, and nothing is written. The
 * copy is written to a temporary file next to `target`, checked with `PRAGMA integrity_check`, forced to the disk and then renamed onto `target`, replacing an earlier backup of that name in one step: whatever fails on
 * the way, `target` is either the complete new backup or what it was before, and no temporary file stays behind.
 * An earlier backup keeps its permissions, and a new one gets the register's, so that the copy of a private register
 * is as private; a symbolic link stays a link to the new backup; a folder, device or FIFO at `target` is refused
 * (NotARegularFile).
 *
 * The backup is a plain SQLite file without a write-ahead log, so that it is complete on its own and any SQLite
 * tool can read it; `restoreRegister` puts it back.
 */
export async function backupRegister(db: Register, target: string): Promise<BackupResult> {
  if (await isSameFile(db.name, target)) {
    throw new RegisterRefused(
      `een reservekopie kan niet over het register zelf worden geschreven (${target})`,
    );
  }
  // Damage in the register would only be found in the copy, and then look like a fault of the backup.
  const damage = checkProblems(db, 'quick_check');
  if (damage.length > 0) throw new RegisterDamaged(registerFileOf(db), summarize(damage));
  return replaceFile(
    target,
    async (temp) => {
      const { totalPages } = await db.backup(temp, { progress: () => ALL_PAGES });
      checkBackup(temp, target);
      return { pages: totalPages, bytes: (await stat(temp)).size };
    },
    { newMode: await modeOf(registerFileOf(db)) },
  );
}

/** The permissions of the register file; none for a register in memory. */
async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

function checkBackup(file: string, target: string): void {
  const copy = new Database(file);
  try {
    // The copy carries the register's header, which asks for a write-ahead log; a rollback journal keeps it one file.
    copy.pragma('journal_mode = DELETE');
    const problems = integrityProblems(copy);
    if (problems.length > 0) {
      throw new Error(`de reservekopie ${target} is niet goed geschreven: ${summarize(problems)}`);
    }
  } finally {
    copy.close();
  }
}
