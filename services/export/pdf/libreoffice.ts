// Placeholder with the interface part F owns (services/export/pdf/); F's version replaces it at merge.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** LibreOffice's soffice on PATH, or undefined when it is not installed. */
export function findLibreOffice(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        if (!statSync(candidate).isFile()) continue;
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}
