import type { Database } from 'better-sqlite3';

/**
 * The file each open register was opened from. A register on read-only media is read from a copy in memory, whose
 * connection names no file, and a message about it must still name the file the user gave.
 */
const files = new WeakMap<Database, string>();

export function rememberRegisterFile(db: Database, file: string): void {
  files.set(db, file);
}

export function registerFileOf(db: Database): string {
  return files.get(db) ?? db.name;
}
