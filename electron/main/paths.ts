import { join } from 'node:path';

/** What Electron's `app` says about where the program runs. */
export interface AppPlace {
  isPackaged: boolean;
  /** app.getAppPath(): the project folder from the sources, `resources/app.asar` when packed. */
  appPath: string;
  /** process.resourcesPath: the packed app's `resources` folder. */
  resourcesPath: string;
  /** app.getPath('appData'): the user's application data folder (%APPDATA% on Windows). */
  appData: string;
}

/**
 * Where the shell finds and keeps everything. The register lives in the user's own data folder, the same one the
 * command line uses (`api/register-path.ts`), so the app and `raadsnota` share one register. The templates and the
 * huisstijl lie next to the program in `resources/templates`, outside the archive, where a functioneel beheerder
 * can change them; run from the sources they are the project's own.
 */
export function shellPaths(place: AppPlace) {
  const code = join(place.appPath, 'dist', 'electron');
  const userData = join(place.appData, 'Raadsnota');
  return {
    userData,
    register: join(userData, 'register.sqlite'),
    templates: place.isPackaged ? join(place.resourcesPath, 'templates') : join(place.appPath, 'templates'),
    renderer: join(place.appPath, 'dist', 'renderer'),
    preload: join(code, 'preload.cjs'),
    host: join(code, 'register-host.cjs'),
  };
}
