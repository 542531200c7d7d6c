import { fileURLToPath } from 'node:url';
import { loadMigrations, type Migration } from './migrations.js';

/**
 * The migrations this version of Raadsnota ships. From the sources they are read from db/migrations/; the build
 * (scripts/build.mjs) replaces this module with one that holds them as text, so that the CLI bundle and the packed
 * app carry their own and never look for a folder beside them.
 */
export function shippedMigrations(): readonly Migration[] {
  return loadMigrations(fileURLToPath(new URL('migrations', import.meta.url)));
}
