import { posix } from 'node:path';
import { quote } from '../../../core/errors.js';
import type { UploadRequest, Uploaded } from '../../../core/model/export-upload.js';
import { created, uploadParts, type Created } from './bestandsdelen.js';
import { apiUrl, send, type ZgwConnection } from './client.js';
import { UploadRefused, UploadUnavailable } from './errors.js';
import { zgwToken } from './jwt.js';
import { readPackage, type ReadPackage, type UploadFile } from './package.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js';

/** The API's limits on an informatieobject's texts (EnkelvoudigInformatieObjectCreateLockRequest). */
const MAX_TITEL = 200;
const MAX_BESTANDSNAAM = 255;

export interface UploadOptions {
  secret: string;
  /** Who acts: the token's user_id, which the API's audit trail records. */
  user: string;
  now: () => Date;
  retry?: RetryPolicy;
  timeoutMs?: number;
  /** From this size on, a file goes up in bestandsdelen instead of in one request as base64. */
  inDelenVanaf?: number;
}

/**
 * Above this, a file goes up in parts: a JSON body with base64 is a third larger than the file, and the proxies in
 * front of many APIs refuse bodies of tens of megabytes long before the 4 GB the standard asks of the API itself.
 */
export const IN_DELEN_VANAF = 8 * 1024 * 1024;

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A bijlage's title: metadata.json's, by the number its file name starts with (`bijlagen/03 …`), whole; else the file
 * name itself, which the export may have shortened.
 */
function bijlageTitel(pakket: ReadPackage, pad: string): string {
  const naam = posix.basename(pad, posix.extname(pad));
  const nummer = /^(\d+)\s/.exec(naam)?.[1];
  return pakket.bijlagen.get(Number(nummer)) ?? naam.replace(/^\d+\s+/, '');
}

function titelOf(pakket: ReadPackage, file: UploadFile): string {
  const titel =
    file.rol === 'bijlage' ? `${bijlageTitel(pakket, file.pad)} (bijlage bij ${pakket.titel})` : pakket.titel;
  return cut(titel, MAX_TITEL);
}

/** The informatieobject of one file, as EnkelvoudigInformatieObjectCreateLockRequest describes it. */
function informatieobject(request: UploadRequest, pakket: ReadPackage, file: UploadFile, inDelen: boolean) {
  return {
    bronorganisatie: request.bronorganisatie,
    creatiedatum: pakket.creatiedatum,
    titel: titelOf(pakket, file),
    // Always sent: left blank, the API takes the informatieobjecttype's, which may be "openbaar".
    vertrouwelijkheidaanduiding: pakket.vertrouwelijkheidaanduiding,
    auteur: cut(pakket.auteur, MAX_TITEL),
    // A memo sent to the council is finished.
    status: 'definitief',
    formaat: file.mediatype,
    taal: 'dut',
    bestandsnaam: cut(posix.basename(file.pad), MAX_BESTANDSNAAM),
    inhoud: inDelen ? null : Buffer.from(file.bytes).toString('base64'),
    bestandsomvang: file.bytes.length,
    // No restrictions beyond consulting it; an API refuses `true` at creation, before any gebruiksrechten exist.
    indicatieGebruiksrecht: false,
    integriteit: { algoritme: 'sha_256', waarde: file.sha256, datum: pakket.aangemaakt },
    informatieobjecttype: request.informatieobjecttype,
  };
}

/** The error with the objects already made named after it, so that nobody uploads them twice. */
function withMade(error: unknown, made: Uploaded['informatieobjecten']): unknown {
  if (made.length === 0) return error;
  const lines = made.map((m) => `\nAl aangemaakt: ${m.url} (${m.bestandsnaam})`).join('');
  if (error instanceof UploadRefused)
    return new UploadRefused(`${error.message}${lines}`, error.issues, error.field);
  if (error instanceof UploadUnavailable) return new UploadUnavailable(`${error.message}${lines}`);
  return error;
}

/**
 * Uploads a package's document, its PDF and its bijlagen to a ZGW Documenten API, each as an
 * EnkelvoudigInformatieObject, after checking the package against its manifest. `naam` is the package as the caller
 * named it, for messages.
 */
export async function uploadPackage(
  request: UploadRequest & { naam: string },
  options: UploadOptions,
): Promise<Uploaded> {
  const pakket = await readPackage(request.pad, request.naam);
  const connection: ZgwConnection = {
    api: new URL(request.api),
    token: () =>
      zgwToken({
        clientId: request.clientId,
        secret: options.secret,
        user: options.user,
        now: options.now(),
      }),
    retry: options.retry ?? DEFAULT_RETRY,
    timeoutMs: options.timeoutMs ?? 120_000,
    now: options.now,
    secrets: [options.secret],
  };
  const vanaf = options.inDelenVanaf ?? IN_DELEN_VANAF;
  const made: Uploaded['informatieobjecten'] = [];
  for (const file of pakket.bestanden) {
    const bestandsnaam = posix.basename(file.pad);
    const wat = `het aanmaken van ${quote(bestandsnaam)}`;
    const inDelen = file.bytes.length >= vanaf;
    let object: Created | undefined;
    try {
      const answer = await send(connection, {
        method: 'POST',
        url: apiUrl(connection, 'enkelvoudiginformatieobjecten'),
        body: { json: informatieobject(request, pakket, file, inDelen) },
        wat,
      });
      object = created(connection, answer, wat);
      if (inDelen) await uploadParts(connection, object, file.bytes, bestandsnaam);
    } catch (error) {
      // A part that failed leaves its object locked and incomplete in the API: named too, so it can be cleaned up.
      const unfinished =
        object === undefined ? [] : [{ url: object.url, bestandsnaam: `${bestandsnaam}, niet af` }];
      throw withMade(error, made.concat(unfinished));
    }
    made.push({ url: object.url, bestandsnaam });
  }
  return { informatieobjecten: made };
}
