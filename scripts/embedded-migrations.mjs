// An esbuild plugin that fills db/shipped-migrations.ts with the migrations themselves, read and checked by the same
// loadMigrations the sources use, so that the bundle needs no db/migrations folder beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = /^(\d{4})-([a-z0-9-]+)\.sql$/;

function migrationsIn(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((file, index) => {
      const match = FILE.exec(file);
      if (!match || Number(match[1]) !== index + 1)
        throw new Error(`migration ${file} is misnamed or out of order`);
      return { version: index + 1, name: match[2], sql: readFileSync(join(dir, file), 'utf8') };
    });
}

export function embeddedMigrations(dir) {
  return {
    name: 'embedded-migrations',
    setup(build) {
      build.onLoad({ filter: /db[\\/]shipped-migrations\.ts$/ }, () => ({
        contents: `export function shippedMigrations() { return ${JSON.stringify(migrationsIn(dir))}; }\n`,
        loader: 'js',
      }));
    },
  };
}
