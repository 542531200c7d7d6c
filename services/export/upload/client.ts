import { UploadRefused, UploadUnavailable } from './errors.js';
import {
  connectionFailure,
  fieldErrors,
  foreignAddressMessage,
  gaveUpMessage,
  keyRefusedMessage,
  notJsonMessage,
  redirectMessage,
  refusedMessage,
  unreachableMessage,
  withoutSecrets,
  type ZgwFout,
} from './messages.js';
import { retryAfterMs, withRetries, type Attempt, type RetryPolicy } from './retry.js';

/** One Documenten API as the upload talks to it. */
export interface ZgwConnection {
  /** The base address, as the user gave it. */
  api: URL;
  /** A fresh bearer token (jwt.ts). */
  token: () => Promise<string>;
  retry: RetryPolicy;
  /** How long one request may take before it counts as timed out. */
  timeoutMs: number;
  now: () => Date;
  /** What no message may ever show: the secret, and the tokens made from it. */
  secrets: string[];
}

export interface ZgwRequest {
  method: 'POST' | 'PUT';
  url: string;
  body: { json: unknown } | { form: FormData };
  /** What the request does, as a message names it: "het aanmaken van nota.docx". */
  wat: string;
}

/** The API's base address as a folder, so that a path resolves below it: `…/api/v1/`. */
function base(connection: ZgwConnection): string {
  const { href } = connection.api;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * An address below the API's base: the API may name others (a bestandsdeel), but the token goes nowhere else. Compared
 * as the URL parser normalises it, as fetch will send it: on the raw text `…/api/v1/../../x` would pass.
 */
function withinApi(connection: ZgwConnection, url: string): URL {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || !parsed.href.startsWith(base(connection)))
    throw new UploadUnavailable(foreignAddressMessage(connection.api, url));
  return parsed;
}

/** An address below the API's base, by its path there: `enkelvoudiginformatieobjecten`. */
export function apiUrl(connection: ZgwConnection, path: string): string {
  return new URL(path, base(connection)).href;
}

async function errorBody(response: Response): Promise<ZgwFout | undefined> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? body : undefined;
  } catch {
    return undefined;
  }
}

async function once(connection: ZgwConnection, request: ZgwRequest, url: URL): Promise<Attempt<unknown>> {
  const { api } = connection;
  const token = await connection.token();
  connection.secrets.push(token);
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method,
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/json',
        // The form's own Content-Type carries its boundary; fetch sets it.
        ...('json' in request.body && { 'Content-Type': 'application/json' }),
      },
      body: 'json' in request.body ? JSON.stringify(request.body.json) : request.body.form,
      signal: AbortSignal.timeout(connection.timeoutMs),
      // A redirect would carry the token to an address nobody checked.
      redirect: 'manual',
    });
  } catch (error) {
    const { reden, opnieuw } = connectionFailure(error);
    if (!opnieuw) throw new UploadUnavailable(unreachableMessage(api, reden));
    return { opnieuw: new Error(reden) };
  }
  if (response.ok) {
    const content = await response.text();
    try {
      return { klaar: content === '' ? undefined : (JSON.parse(content) as unknown) };
    } catch {
      // A proxy's or portal's HTML page in front of the API, most likely: the address is not the API's.
      throw new UploadUnavailable(notJsonMessage(api, request.wat, response.status));
    }
  }
  const body = await errorBody(response);
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.status >= 500 || response.status === 429) {
    return {
      opnieuw: new Error(status),
      wachtMs: retryAfterMs(response.headers.get('Retry-After'), connection.now()),
    };
  }
  if (response.status === 401 || response.status === 403) {
    throw new UploadRefused(keyRefusedMessage(api, response.status), [], 'clientId');
  }
  if (response.status >= 300 && response.status < 400) {
    throw new UploadUnavailable(redirectMessage(api, request.wat, response.status));
  }
  throw new UploadRefused(refusedMessage(api, request.wat, response.status, body), fieldErrors(body));
}

/**
 * Sends one request with the ZGW token and gives the answer's JSON (undefined for an empty one). A 4xx is refused at
 * once (UploadRefused, with the API's field errors); a 5xx, a 429 and a timeout or broken connection are tried again
 * with backoff (retry.ts) and then given up on (UploadUnavailable); an API that is not there is said so at once. No
 * message carries the secret or a token.
 */
export async function send(connection: ZgwConnection, request: ZgwRequest): Promise<unknown> {
  const url = withinApi(connection, request.url);
  try {
    return await withRetries(
      () => once(connection, request, url),
      connection.retry,
      (last, pogingen) =>
        new UploadUnavailable(gaveUpMessage(connection.api, request.wat, pogingen, last.message)),
    );
  } catch (error) {
    if (error instanceof UploadRefused) {
      throw new UploadRefused(
        withoutSecrets(error.message, connection.secrets),
        error.issues.map((issue) => ({
          ...issue,
          message: withoutSecrets(issue.message, connection.secrets),
        })),
        error.field,
      );
    }
    if (error instanceof UploadUnavailable) {
      throw new UploadUnavailable(withoutSecrets(error.message, connection.secrets));
    }
    throw error;
  }
}
