import { writeFile } from 'node:fs/promises';
import type { Restored } from '../../core/model/backup.js';
import type { MigrationSource } from '../../db/migrations.js';
import type { NamedPath } from './named-path.js';
import { restoreImage } from './restore.js';
import { withTempFile } from './temp-folder.js';

export interface UploadRequest {
  /** The uploaded backup: its bytes, and its file name, by which messages name it. */
  bestand: { naam: string; bytes: Uint8Array };
  /** The register to replace; it must be closed (db/restore.ts). */
  register: NamedPath;
  /** The migrations of this version, to bring the backup up to its schema. */
  migrations: MigrationSource;
}

/**
 * Puts back a backup that a browser uploaded, as restoreBackup puts back a file: written to a private temporary file
 * (removed afterwards), then restored by the same code, with the same refusals (not a register, damaged, made by a
 * newer version), each naming the file as the user chose it; the register stays as it was when one is refused.
 */
export async function restoreUpload({ bestand, register, migrations }: UploadRequest): Promise<Restored> {
  return withTempFile('reservekopie.sqlite', async (path) => {
    await writeFile(path, bestand.bytes, { mode: 0o600 });
    return restoreImage(
      { path, naam: bestand.naam, data: bestand.bytes, wal: undefined },
      register,
      migrations,
    );
  });
}
