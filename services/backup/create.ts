import type { BackupMade } from '../../core/model/backup.js';
import { backupRegister } from '../../db/backup.js';
import type { Register } from '../../db/connection.js';
import { writingTo } from '../../files/write-refusal.js';
import type { NamedPath } from './named-path.js';

/**
 * Writes a consistent copy of the open register to `naar` while it stays in use (db/backup.ts); a file system that
 * refuses the write is bad input naming `naar` as the caller gave it.
 */
export async function createBackup(db: Register, naar: NamedPath): Promise<BackupMade> {
  const { bytes } = await writingTo(naar.naam, () => backupRegister(db, naar.path));
  return { naar: naar.path, bytes };
}
