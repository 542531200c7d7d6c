import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Restored } from '../../core/model/backup.js';
import type { MigrationSource } from '../../db/migrations.js';
import { restoreRegister, type BackupImage } from '../../db/restore.js';
import { readInputFile } from '../../files/read-file.js';
import { writingTo } from '../../files/write-refusal.js';
import type { NamedPath } from './named-path.js';

/** The backup, and the write-ahead log next to it if there is one, read as every named file is. */
async function readBackup(van: NamedPath): Promise<BackupImage> {
  const wal = `${van.path}-wal`;
  return {
    path: van.path,
    data: await readInputFile(van.path, { name: van.naam }),
    wal: existsSync(wal) ? await readInputFile(wal, { name: `${van.naam}-wal` }) : undefined,
  };
}

export interface RestoreRequest {
  van: NamedPath;
  /** The register to replace; it must be closed (db/restore.ts). */
  register: NamedPath;
  /** The migrations of this version, to bring the backup up to its schema. */
  migrations: MigrationSource;
}

/**
 * Replaces the register with the backup, brought up to the newest schema (db/restore.ts): all of it, or the register
 * stays as it was. The register's folder is made when it is not there yet, as on a new computer.
 */
export async function restoreBackup({ van, register, migrations }: RestoreRequest): Promise<Restored> {
  return restoreImage(await readBackup(van), register, migrations);
}

/** Puts back a backup that has been read (restoreBackup, restoreUpload), as restoreBackup says. */
export async function restoreImage(
  image: BackupImage,
  register: NamedPath,
  migrations: MigrationSource,
): Promise<Restored> {
  const { from, to } = await writingTo(register.naam, async () => {
    await mkdir(dirname(register.path), { recursive: true });
    return restoreRegister(image, register.path, migrations);
  });
  return { register: register.path, schemaVan: from, schemaNaar: to };
}
