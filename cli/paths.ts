import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

// Both the sources (cli/) and the bundle (dist/) sit one folder below the project root.
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TEMPLATES_DIR = join(PROJECT_ROOT, 'templates');
export const DEFAULT_HUISSTIJL_DIR = join(TEMPLATES_DIR, 'huisstijl', 'gemeente-voorbeeld');
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'db', 'migrations');
/** The ambtelijke woorden of the B1 check, kept by the functioneel beheerder; read when `check` runs. */
export const WORD_LIST_FILE = join(PROJECT_ROOT, 'readability', 'ambtelijke-woorden.json');
