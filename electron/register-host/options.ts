import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** Where the host finds the register and the functioneel beheerder's files: the main process decides, the host obeys. */
export interface HostOptions {
  register: string;
  templates: string;
}

/** The arguments the main process starts the host with. */
export function hostArgs(options: HostOptions): string[] {
  return [`--register=${options.register}`, `--templates=${options.templates}`];
}

/** The host's options from its command line, wherever Electron puts them among its own. */
export function parseHostArgs(argv: readonly string[]): HostOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { register: { type: 'string' }, templates: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const { register, templates } = values;
  if (typeof register !== 'string' || typeof templates !== 'string')
    throw new Error('the register host needs --register and --templates');
  return { register, templates };
}

/**
 * The folders inside the templates folder, as the installer lays them out: the huisstijl and the word list live in
 * it, so that the functioneel beheerder maintains one folder next to the program.
 */
export function assetFolders(templates: string) {
  return {
    templatesDir: templates,
    huisstijlDir: join(templates, 'huisstijl', 'gemeente-voorbeeld'),
    wordListFile: join(templates, 'taal', 'ambtelijke-woorden.json'),
  };
}
