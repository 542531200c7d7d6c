import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openRegister, type Register } from '../db/connection.js';
import { cannotOpen, explained } from '../db/errors.js';
import type { Migration } from '../db/migrations.js';

/**
 * The register as a door holds it: opened on first use, in the way the operation needs, and kept open for the
 * door's life (one command, or a server's run). A door makes one and closes it when it ends.
 */
export interface RegisterAccess {
  /** The register's file, as messages name it. */
  readonly file: string;
  /** Whether a register exists at `file` (an operation that only reads may then answer without one). */
  exists(): boolean;
  /** The register to read; when there is none, the message says so and nothing is made. */
  read(): Register;
  /** The register to write; made (with its folder, when it is the default one) when there is none yet. */
  write(): Register;
  /** For a preview: the register, or an empty one in memory when there is none, so that nothing is made. */
  preview(): Register;
  /** The register opened without looking for damage first: for the repair that mends it. */
  forRepair(): Register;
  /** Runs `work` with the register closed, for work that replaces its file (a restore); it reopens on next use. */
  replacing<T>(work: (file: string) => Promise<T>): Promise<T>;
  /** SQLite's error met on the register, as what it means for the user (db/errors.ts). */
  explain(error: unknown): unknown;
  close(): void;
}

export interface RegisterAccessOptions {
  file: string;
  migrations: readonly Migration[];
  /** Make the folder when the register is made: only for the default place, never for a path a user typed. */
  makeFolder: boolean;
}

export function registerAccess({ file, migrations, makeFolder }: RegisterAccessOptions): RegisterAccess {
  let open: { db: Register; inMemory: boolean } | undefined;

  const connect = (target: string, create: boolean, check = true): Register => {
    close();
    const db = openRegister(target, migrations, { create, check });
    open = { db, inMemory: target === ':memory:' };
    return db;
  };
  const onFile = (): Register | undefined => (open && !open.inMemory ? open.db : undefined);
  function close(): void {
    open?.db.close();
    open = undefined;
  }

  return {
    file,
    exists: () => existsSync(file),
    read: () => onFile() ?? connect(file, false),
    write: () => {
      const db = onFile();
      if (db) return db;
      if (makeFolder && !existsSync(file)) {
        try {
          mkdirSync(dirname(file), { recursive: true });
        } catch {
          throw cannotOpen(file);
        }
      }
      return connect(file, true);
    },
    preview: () => open?.db ?? (existsSync(file) ? connect(file, false) : connect(':memory:', true)),
    forRepair: () => onFile() ?? connect(file, false, false),
    replacing: async (work) => {
      close();
      return work(file);
    },
    explain: (error) => explained(error, file),
    close,
  };
}
