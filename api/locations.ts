import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

// Both the sources (api/) and the CLI bundle (dist/) sit one folder below the project root: every door finds the
// templates and migrations through this one file.
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TEMPLATES_DIR = join(PROJECT_ROOT, 'templates');
export const DEFAULT_HUISSTIJL_DIR = join(TEMPLATES_DIR, 'huisstijl', 'gemeente-voorbeeld');
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'db', 'migrations');
/**
 * The ambtelijke woorden of the B1 check, read when `check` runs. With the templates, because the functioneel beheerder
 * keeps it, and the installer leaves the templates folder outside the app's archive for that.
 */
export const WORD_LIST_FILE = join(TEMPLATES_DIR, 'taal', 'ambtelijke-woorden.json');
/** The app's screens as built for the browser mode; the local server serves them when they are there. */
export const RENDERER_DIR = join(PROJECT_ROOT, 'dist', 'renderer');
