import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { quote } from '../core/errors.js';
import { checkProblems } from './checks.js';
import {
  absentRegister,
  cannotOpen,
  explained,
  isDamage,
  noRegister,
  readOnlyRegister,
  RegisterDamaged,
  RegisterRefused,
} from './errors.js';
import { identify } from './identity.js';
import { migrate, migrationsFrom, pendingFor, type Migration, type MigrationSource } from './migrations.js';
import { rememberRegisterFile } from './register-file.js';
import { summarize } from '../files/sqlite-files.js';

export type Register = Database.Database;

/**
 * How long a command waits for another process's write transaction to end before it gives up. A write holds the
 * register for as long as it runs: an import of 10,000 rows about a second on an ordinary machine, several on a slow
 * laptop. Thirty seconds covers that with room to spare, and is still short enough that a register held by a program
 * that hangs ends in a message rather than a wait without end.
 */
export const BUSY_TIMEOUT_MS = 30_000;

export interface OpenOptions {
  /** Make a new register when there is none at `file`: only for a command that is about to write to it. */
  create: boolean;
  /**
   * Whether to look for damage after an unclean shutdown (see openRegister); `register repair`, which is there to
   * mend that damage, opens the register without.
   */
  check?: boolean;
}

/**
 * Opens the register at `file`, migrated to the newest schema. Foreign keys are enforced, the journal is a
 * write-ahead log so that readers never wait for a writer, a busy register is waited for (BUSY_TIMEOUT_MS) rather
 * than failed, and every commit reaches the disk before it is reported.
 *
 * Nothing is written before the file is known to be a register (db/identity.ts): another program's SQLite file is
 * refused as it is, and a new register is made only with `create`. A register that cannot be written (read-only
 * media, no write permission) is opened read-only: it can be read, and a write is refused with a message that says
 * why. A write-ahead log left next to the register before this open is the sign of an unclean shutdown: then a
 * quick check (`PRAGMA quick_check`) looks for damage before anything is read or written.
 */
export function openRegister(file: string, source: MigrationSource, options: OpenOptions): Register {
  const migrations = migrationsFrom(source);
  const exists = existsSync(file);
  if (!exists && !options.create) throw absentRegister(file);
  const uncleanShutdown = existsSync(`${file}-wal`);
  if (exists && uncleanShutdown && options.check !== false) refuseDamaged(file, migrations);
  let readOnly: boolean;
  let db: Register;
  try {
    readOnly = exists && !canWrite(file);
    db = readOnly ? openReadOnly(file, uncleanShutdown) : new Database(file);
  } catch (error) {
    if (error instanceof RegisterRefused) throw error;
    // The file system's or SQLite's English reason is not the user's: cannotOpen looks up why in Dutch.
    throw cannotOpen(file);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    const identity = identify(db, migrations);
    if (identity === 'foreign') {
      throw new RegisterRefused(
        `${quote(file)} is geen Raadsnota-register maar een database van een ander programma; er is niets aan veranderd`,
      );
    }
    if (identity === 'empty' && !options.create) throw noRegister(file);
    if (readOnly && identity === 'empty') throw readOnlyRegister(file);
    // Read first, so that a register this version cannot bring up to date is refused before anything is written.
    const pending = pendingFor(db, migrations);
    if (readOnly) {
      // An older register is brought up to date in its copy in memory, never in the file; read from the file (with
      // its log), it cannot be, and the newer schema's queries would fail on it.
      if (pending.length > 0) {
        if (!db.memory) throw readOnlyRegister(file);
        migrate(db, migrations);
      }
      db.pragma('query_only = ON');
    } else {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      if (pending.length > 0) migrate(db, migrations);
    }
    rememberRegisterFile(db, file);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof RegisterRefused) throw error;
    throw explained(error, file);
  }
}

/** Whether this process may write the register and create its log next to it. */
function canWrite(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') return false;
    throw error;
  }
}

/**
 * A register that cannot be written. SQLite reads a register in WAL mode through the log's index (`-shm`), which it
 * cannot create where it may not write, and this SQLite build takes no `immutable` URI parameter. So without a log,
 * which is how a register is left when it was closed properly, the register is read from a copy in memory, marked
 * there as having no log, and migrated there when it is older. With a log, after an unclean shutdown, the copy would miss what the log holds: then it is
 * read from the file, which works when the log's index was left too.
 */
function openReadOnly(file: string, withLog: boolean): Register {
  if (withLog) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return db;
    } catch {
      db.close();
      throw new RegisterRefused(
        `het register ${quote(file)} is niet netjes afgesloten en staat op een plek waar niet geschreven kan worden, ` +
          `zodat het niet kan worden gelezen; kopieer het met de bestanden ernaast (-wal, -shm) naar een map ` +
          `waarin u mag schrijven`,
      );
    }
  }
  const image = readFileSync(file);
  // Header bytes 18 and 19 are the read and write format: 2 is WAL, 1 a rollback journal, which needs no index.
  if (image.length >= 100 && image[18] === 2 && image[19] === 2) image.fill(1, 18, 20);
  // Writable in memory only so that an older register can be migrated there; openRegister then makes it query-only.
  return new Database(image);
}

/**
 * Looks for damage with a quick check, on a read-only connection of its own: closing a connection that may write
 * checkpoints the log and removes it, and with it the sign of the unclean shutdown, so that the next open would write
 * into the damaged register. A read-only one leaves the log where it is. What this connection cannot open or read is
 * left to the open that follows, which names it.
 */
function refuseDamaged(file: string, migrations: readonly Migration[]): void {
  let probe: Register;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return;
  }
  try {
    probe.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (identify(probe, migrations) !== 'register') return;
    const problems = checkProblems(probe, 'quick_check');
    if (problems.length > 0) throw new RegisterDamaged(file, summarize(problems));
  } catch (error) {
    if (error instanceof RegisterRefused) throw error;
    if (isDamage(error)) throw new RegisterDamaged(file, error.message);
  } finally {
    probe.close();
  }
}
