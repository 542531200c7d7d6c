import { resolve } from 'node:path';
import { shippedMigrations } from '../../db/shipped-migrations.js';
import { createBackup } from '../../services/backup/create.js';
import { restoreBackup } from '../../services/backup/restore.js';
import type { backupContract } from '../contract/backup.js';
import type { Handlers } from './handler.js';

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
};
