import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { openRegister } from './connection.js';
import { RegisterRefused } from './errors.js';
import { identify } from './identity.js';
import { migrationsFrom, type Migration, type MigrationSource } from './migrations.js';
import { replaceFile } from '../files/replace-file.js';
import { integrityProblems, isSameFile, removeCompanions, summarize } from '../files/sqlite-files.js';
import { writeTarget } from '../files/temp-files.js';

/**
 * A backup as read by whoever names it (the CLI reads only a regular file, without blocking): where it lies, to name
 * it and to tell it from the register, its bytes, and those of a write-ahead log next to it.
 */
export interface BackupImage {
  path: string;
  /** How messages name the backup when its path would mean nothing to the user (a file uploaded to a temporary one). */
  naam?: string;
  data: Uint8Array;
  /** A register copied by hand may have its last transactions still in its log; without it they would be lost. */
  wal: Uint8Array | undefined;
}

export interface RestoreResult {
  /** The schema version of the backup. */
  from: number;
  /** The schema version of the restored register: the newest this version of Raadsnota knows. */
  to: number;
}

/**
 * Replaces the register at `registerFile` with the backup `image`, brought up to the newest schema.
 *
 * The register must not be open, in this process or another: the app closes its connection first and opens the
 * register again afterwards. A register that is still open is refused, as far as SQLite can tell (a connection that
 * has read from it); replacing it under an open connection would pair that connection's write-ahead log with the new
 * file and corrupt it.
 *
 * Refused with RegisterRefused, leaving the register as it was: a source that is not a SQLite database, is damaged
 * (`PRAGMA integrity_check`), is not a Raadsnota register, or was written by a newer version of Raadsnota; and a
 * `registerPath` that is another program's database, which is not ours to replace. Otherwise the source is copied
 * next to the register (the source itself is only read), migrated and checked there, the register's write-ahead log
 * is checkpointed and removed, and the copy is renamed onto the register in one step,
 * with the permissions the register had.
 */
export async function restoreRegister(
  image: BackupImage,
  registerPath: string,
  known: MigrationSource,
): Promise<RestoreResult> {
  // Through a symbolic link to the register itself, which also has its write-ahead log next to it, not to the link.
  const { path: registerFile } = await writeTarget(registerPath);
  const migrations = migrationsFrom(known);
  const source = image.naam ?? image.path;
  if (await isSameFile(image.path, registerFile)) {
    throw new RegisterRefused(`${source} is het register zelf, geen reservekopie ervan`);
  }
  const from = await replaceFile(
    registerFile,
    async (temp) => {
      await writeFile(temp, image.data);
      // Private like the copy: SQLite folds it in and removes it when migrateCopy closes the copy.
      if (image.wal !== undefined) await writeFile(`${temp}-wal`, image.wal, { mode: 0o600 });
      const version = inspectBackup(temp, source, migrations);
      migrateCopy(temp, source, migrations);
      return version;
    },
    {
      beforeRename: async () => {
        settleRegister(registerFile, migrations);
        await removeCompanions(registerFile);
      },
    },
  );
  return { from, to: migrations.length };
}

const NOTHING_RESTORED = 'het register is niet veranderd';

function refuseUnsound(db: Database.Database, source: string): void {
  const problems = integrityProblems(db);
  if (problems.length > 0) {
    throw new RegisterRefused(
      `de reservekopie ${source} is beschadigd (${summarize(problems)}); ${NOTHING_RESTORED}`,
    );
  }
}

/** Checks the copy before anything is written to it, and returns its schema version. */
function inspectBackup(copy: string, source: string, migrations: readonly Migration[]): number {
  const latest = migrations.length;
  let db: Database.Database | undefined;
  try {
    db = new Database(copy);
    refuseUnsound(db, source);
    // Migrating anything else would add the register's tables to some other program's database.
    if (identify(db, migrations) !== 'register') {
      throw new RegisterRefused(
        `${source} is geen reservekopie van een Raadsnota-register; ${NOTHING_RESTORED}`,
      );
    }
    const applied = db.prepare('SELECT count(*) FROM schema_migrations').pluck().get() as number;
    const version = Math.max(applied, db.pragma('user_version', { simple: true }) as number);
    if (version > latest) {
      throw new RegisterRefused(
        `de reservekopie ${source} is gemaakt door een nieuwere versie van Raadsnota (schema ${version}, deze versie kent ${latest}); werk Raadsnota bij. ${NOTHING_RESTORED}`,
      );
    }
    return applied;
  } catch (error) {
    if (error instanceof Database.SqliteError) {
      throw new RegisterRefused(
        `${source} is geen SQLite-database of is beschadigd (${error.message}); ${NOTHING_RESTORED}`,
      );
    }
    throw error;
  } finally {
    db?.close();
  }
}

/** Brings the copy to the newest schema with the pragmas the app uses, checks it again and leaves it one file. */
function migrateCopy(copy: string, source: string, migrations: readonly Migration[]): void {
  let db: Database.Database;
  try {
    db = openRegister(copy, migrations, { create: false });
  } catch (error) {
    if (error instanceof RegisterRefused) {
      throw new RegisterRefused(`de reservekopie ${source} kan niet worden teruggezet: ${error.message}`);
    }
    throw error;
  }
  try {
    refuseUnsound(db, source);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * Moves everything in the register's write-ahead log into the register file, so that removing the log loses
 * nothing should the rename not happen, and finds out whether the register is still open. Closing the last
 * connection to a database removes its log; when the log survives our close, another connection holds it open.
 */
function settleRegister(registerFile: string, migrations: readonly Migration[]): void {
  if (!existsSync(registerFile)) return;
  const db = new Database(registerFile);
  let checkpointed = false;
  try {
    if (identify(db, migrations) === 'foreign') {
      throw new RegisterRefused(
        `${registerFile} is geen Raadsnota-register maar een database van een ander programma; ${NOTHING_RESTORED}`,
      );
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    checkpointed = true;
  } catch (error) {
    if (error instanceof RegisterRefused) throw error;
    // A damaged register cannot be checkpointed, and is often why a backup is put back; it is replaced all the same.
  } finally {
    db.close();
  }
  if (checkpointed && existsSync(`${registerFile}-wal`)) {
    throw new RegisterRefused(
      `het register ${registerFile} is nog geopend; sluit het eerst, dan kan de reservekopie worden teruggezet`,
    );
  }
}
