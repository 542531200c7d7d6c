import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openContext, type Context } from '../../api/context.js';
import { assetFolders, type HostOptions } from './options.js';

/**
 * The host's one context for its whole life. The folders are given, never found through the bundle's own path: in the
 * packed app the templates sit in resources/templates, outside the archive that holds the code.
 */
export function hostContext(
  options: HostOptions,
  fault: (error: unknown) => void,
  secret?: (naam: string) => Promise<string | undefined>,
): Context {
  const folders = assetFolders(options.templates);
  // Electron makes the user data folder at start; the host does not count on it, as the command line does not.
  mkdirSync(dirname(options.register), { recursive: true });
  return openContext({ dbPath: options.register, ...folders, fault, ...(secret && { secret }) });
}
