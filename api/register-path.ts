import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the register lives when no --db is given: the user's data folder, the same one Electron's
 * app.getPath('userData') gives the app, so that the command line and the app share one register.
 */
export function defaultRegisterPath(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const home = homedir();
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(base, 'Raadsnota', 'register.sqlite');
}
