import type { OutputOf } from '../api/contract/index.js';
import { invoke, withContext } from './door.js';
import { secretFromEnvironment } from './environment-secrets.js';

export interface UploadOptions {
  pakket: string;
  api: string;
  clientId: string;
  rsin: string;
  informatieobjecttype: string;
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
