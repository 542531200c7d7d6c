import Database from 'better-sqlite3';
import { RegisterRefused } from './errors.js';
import { loadMigrations, migrate } from './migrations.js';

export type Register = Database.Database;

/**
 * Opens (and creates, when it does not exist) the register at `file`, migrated to the newest schema. Foreign keys
 * are enforced, the journal is a write-ahead log so that readers never wait for a writer, a busy database is waited
 * for rather than failed, and every commit reaches the disk before it is reported.
 */
export function openRegister(file: string, migrationsDir: string): Register {
  let db: Register;
  try {
    db = new Database(file);
  } catch (error) {
    throw new RegisterRefused(`het register ${file} kan niet worden geopend: ${(error as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    migrate(db, loadMigrations(migrationsDir));
    return db;
  } catch (error) {
    db.close();
    if (error instanceof RegisterRefused) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new RegisterRefused(`${file} is geen Raadsnota-register of is beschadigd`);
    }
    throw error;
  }
}
