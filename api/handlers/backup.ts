import { resolve } from 'node:path';
import { shippedMigrations } from '../../db/shipped-migrations.js';
import { createBackup } from '../../services/backup/create.js';
import { downloadBackup } from '../../services/backup/download.js';
import { restoreBackup } from '../../services/backup/restore.js';
import { restoreUpload } from '../../services/backup/upload.js';
import { asBestand, bytesOf } from '../bestand.js';
import type { backupContract } from '../contract/backup.js';
import { today } from '../context.js';
import type { Handlers } from './handler.js';

/** SQLite's registered media type. */
const SQLITE = 'application/vnd.sqlite3';

/** A path the caller gave: relative to the folder Raadsnota runs in, and named in messages as given. */
const named = (path: string) => ({ path: resolve(path), naam: path });

export const backupHandlers: Handlers<typeof backupContract> = {
  'backup.create': ({ naar }, ctx) => createBackup(ctx.db.read(), named(naar)),
  // The register is closed while its file is replaced; it opens again on the next operation's first use.
  'backup.restore': ({ van }, ctx) =>
    ctx.db.replacing((file) =>
      restoreBackup({
        van: named(van),
        register: { path: file, naam: file },
        migrations: shippedMigrations(),
      }),
    ),
  'backup.download': async (_, ctx) => {
    const { naam, bytes } = await downloadBackup(ctx.db.read(), today(ctx));
    return asBestand(naam, SQLITE, bytes);
  },
  'backup.upload': ({ bestand }, ctx) =>
    ctx.db.replacing((file) =>
      restoreUpload({
        bestand: { naam: bestand.naam, bytes: bytesOf(bestand) },
        register: { path: file, naam: file },
        migrations: shippedMigrations(),
      }),
    ),
};
