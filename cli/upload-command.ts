import type { OutputOf } from '../api/contract/index.js';
import { invoke, withContext } from './door.js';

export interface UploadOptions {
  pakket: string;
  api: string;
  clientId: string;
  rsin: string;
  informatieobjecttype: string;
}

/**
 * The CLI keeps a secret in the environment, never on the command line, where any user of the computer can read it in
 * the process list: `RAADSNOTA_ZGW_SECRET` for the Documenten API's.
 */
export function secretFromEnvironment(env: NodeJS.ProcessEnv) {
  return (naam: string): Promise<string | undefined> =>
    Promise.resolve(env[`RAADSNOTA_${naam.toUpperCase()}_SECRET`]);
}

/** `raadsnota upload` (`export.upload`): one line per informatieobject made, with its address in the API. */
export async function uploadCommand(options: UploadOptions): Promise<string> {
  const { informatieobjecten }: OutputOf<'export.upload'> = await withContext(
    { secret: secretFromEnvironment(process.env) },
    (ctx) =>
      invoke(ctx, 'export.upload', {
        pad: options.pakket,
        api: options.api,
        clientId: options.clientId,
        bronorganisatie: options.rsin,
        informatieobjecttype: options.informatieobjecttype,
      }),
  );
  return informatieobjecten.map((o) => `Aangemaakt: ${o.url} (${o.bestandsnaam})`).join('\n');
}
