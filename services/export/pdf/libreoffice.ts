import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The environment variable that names LibreOffice's `soffice` when it is not where we look. */
export const SOFFICE_VARIABLE = 'RAADSNOTA_SOFFICE';

/**
 * An environment variable by name. On Windows names are case-insensitive (`Path`, `PATH`, `ProgramFiles`), and an
 * environment passed in as a plain object is not, so Windows looks the name up without regard to case.
 */
function variable(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  const value =
    platform === 'win32'
      ? Object.entries(env).find(([key]) => key.toUpperCase() === name.toUpperCase())?.[1]
      : env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** A file this user may run; on Windows any regular file, as Windows has no execute bit. */
function runnable(file: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    if (platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `name` in each folder of PATH, in PATH's order. */
function onPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, names: readonly string[]): string[] {
  const folders = (variable(env, 'PATH', platform) ?? '').split(platform === 'win32' ? ';' : ':');
  return folders
    .filter((folder) => folder !== '')
    .flatMap((folder) => names.map((name) => join(folder, name)));
}

/**
 * LibreOffice installed from its own packages goes to /opt/libreoffice<version>; the newest version is tried first
 * (a name sort puts 24.8 before 7.6, so versions are compared as numbers).
 */
function optInstallations(): string[] {
  let names: string[];
  try {
    names = readdirSync('/opt').filter((name) => /^libreoffice/i.test(name));
  } catch {
    return [];
  }
  const version = (name: string): number[] => (name.match(/\d+/g) ?? []).map(Number);
  const newerFirst = (a: string, b: string): number => {
    const [va, vb] = [version(a), version(b)];
    for (let i = 0; i < Math.max(va.length, vb.length); i++) {
      const d = (vb[i] ?? 0) - (va[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  };
  return names.sort(newerFirst).map((name) => join('/opt', name, 'program', 'soffice'));
}

/**
 * On Windows `soffice.exe` hands the work to another process and returns at once, before any PDF is written, and
 * prints nothing to a pipe; `soffice.com`, beside it in the program folder, is its console twin that waits and
 * passes the "convert … -> …" lines on. So `soffice.com` first, in every folder.
 */
const WINDOWS_NAMES = ['soffice.com', 'soffice.exe'] as const;

/** Where LibreOffice may be on this platform, most likely first. */
function candidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'win32') {
    // The installer puts it under Program Files of its own bitness; a 32-bit LibreOffice on 64-bit Windows lands in
    // Program Files (x86). ProgramW6432 names the 64-bit folder even when this process runs as 32-bit; a per-user
    // installation goes to %LOCALAPPDATA%\Programs.
    const programFolders = ['ProgramFiles', 'ProgramW6432', 'ProgramFiles(x86)']
      .map((name) => variable(env, name, platform))
      .filter((folder) => folder !== undefined)
      .map((folder) => join(folder, 'LibreOffice', 'program'));
    const perUser = variable(env, 'LOCALAPPDATA', platform);
    if (perUser !== undefined) programFolders.push(join(perUser, 'Programs', 'LibreOffice', 'program'));
    return [
      ...programFolders.flatMap((folder) => WINDOWS_NAMES.map((name) => join(folder, name))),
      ...onPath(env, platform, WINDOWS_NAMES),
    ];
  }
  if (platform === 'darwin') {
    return [
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
      ...onPath(env, platform, ['soffice', 'libreoffice']),
    ];
  }
  return [
    ...onPath(env, platform, ['soffice', 'libreoffice']),
    '/usr/lib/libreoffice/program/soffice',
    ...optInstallations(),
  ];
}

/**
 * The `soffice` to convert with: the one RAADSNOTA_SOFFICE names (and only that one, so a wrong setting is noticed
 * rather than passed over; on Windows its `soffice.com` when it names `soffice.exe`), else the first found where the platform's installers put it. Undefined when there is
 * none; `whyNoLibreOffice` says why in Dutch.
 */
export function findLibreOffice(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const chosen = variable(env, SOFFICE_VARIABLE, platform);
  if (chosen !== undefined) {
    if (!runnable(chosen, platform)) return undefined;
    const twin = join(dirname(chosen), 'soffice.com');
    const waits = platform === 'win32' && basename(chosen).toLowerCase() === 'soffice.exe';
    return waits && runnable(twin, platform) ? twin : chosen;
  }
  return candidates(env, platform).find((file) => runnable(file, platform));
}

/** Why `findLibreOffice` found nothing, as a user reads it next to an export without its PDF. */
export function whyNoLibreOffice(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const chosen = variable(env, SOFFICE_VARIABLE, platform);
  if (chosen !== undefined) {
    return `${SOFFICE_VARIABLE} wijst naar "${chosen}", maar dat is geen programma dat gestart kan worden`;
  }
  return `LibreOffice is niet geïnstalleerd (of niet gevonden). Installeer LibreOffice, of geef met ${SOFFICE_VARIABLE} aan waar soffice staat`;
}
