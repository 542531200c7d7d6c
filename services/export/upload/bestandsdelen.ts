import { capitalised, quote } from '../../../core/errors.js';
import { z } from '../../../core/model/zod-nl.js';
import { send, type ZgwConnection } from './client.js';
import { UploadUnavailable } from './errors.js';
import { apiNaam } from './messages.js';

/** What a created informatieobject says back that the upload uses (SchemaEIO, with its bestandsdelen). */
export const Created = z.looseObject({
  url: z.string().min(1),
  bestandsdelen: z
    .array(
      z.looseObject({
        url: z.string().min(1),
        volgnummer: z.int(),
        omvang: z.int().nonnegative(),
        lock: z.string().min(1),
      }),
    )
    .optional(),
});
export type Created = z.infer<typeof Created>;

export function created(connection: ZgwConnection, answer: unknown, wat: string): Created {
  const parsed = Created.safeParse(answer);
  if (parsed.success) return parsed.data;
  throw new UploadUnavailable(
    `${capitalised(apiNaam(connection.api))} gaf bij ${wat} een antwoord zonder het adres van het document; Raadsnota weet niet of het is aangemaakt`,
  );
}

/**
 * The rest of an upload in parts (Documenten API 1.1 and later): the API made the object locked, with inhoud empty,
 * and split its size into bestandsdelen; each part gets exactly the bytes its `omvang` says, in the order of its
 * volgnummer, with the lock; unlocking then makes the API join them and check the whole.
 */
export async function uploadParts(
  connection: ZgwConnection,
  object: Created,
  bytes: Uint8Array,
  bestandsnaam: string,
): Promise<void> {
  const parts = [...(object.bestandsdelen ?? [])].sort((a, b) => a.volgnummer - b.volgnummer);
  const total = parts.reduce((sum, part) => sum + part.omvang, 0);
  const lock = parts[0]?.lock;
  if (lock === undefined || total !== bytes.length) {
    throw new UploadUnavailable(
      `${capitalised(apiNaam(connection.api))} verdeelde ${quote(bestandsnaam)} in bestandsdelen van samen ${total} bytes, maar het bestand is ${bytes.length} bytes; het document op ${object.url} is niet af`,
    );
  }
  let from = 0;
  for (const [i, part] of parts.entries()) {
    const form = new FormData();
    form.append('lock', lock);
    form.append('inhoud', new Blob([bytes.subarray(from, from + part.omvang)]), bestandsnaam);
    from += part.omvang;
    await send(connection, {
      method: 'PUT',
      url: part.url,
      body: { form },
      wat: `het insturen van deel ${i + 1} van ${parts.length} van ${quote(bestandsnaam)}`,
    });
  }
  await send(connection, {
    method: 'POST',
    url: `${object.url}/unlock`,
    body: { json: { lock } },
    wat: `het ontgrendelen van ${quote(bestandsnaam)}`,
  });
}
