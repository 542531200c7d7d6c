import { ApiError, type ApiResult } from '../contract/api-error.js';
import type { Transport } from './client.js';

export interface HttpTransportOptions {
  /** The token from the address that `raadsnota serve` printed (`#token=…`). */
  token: string;
  /** The server's address; the page's own origin when not given (the app is served by the same server). */
  baseUrl?: string;
  /** For a test or another runtime; the global fetch when not given. */
  fetch?: typeof fetch;
  /** Told on every call whether the server answered, so that a screen can say the connection is gone, and back. */
  onUnreachable?: (unreachable: boolean) => void;
}

const unreachable = (detail: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'internal', message: `De server van Raadsnota antwoordt niet (${detail})` },
});

/**
 * The browser mode's transport: `POST /api/<operation>` to the local server with the JSON input and the token. Every
 * answer comes back as an `ApiResult`; one that is not the server's (no connection, a page of something else) is an
 * `internal` error in Dutch, never a thrown exception.
 */
export function httpTransport({
  token,
  baseUrl = '',
  fetch: send = fetch,
  onUnreachable,
}: HttpTransportOptions): Transport {
  return async (name, input) => {
    let response: Response;
    try {
      response = await send(`${baseUrl.replace(/\/$/, '')}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
    } catch (error) {
      onUnreachable?.(true);
      return unreachable(error instanceof Error ? error.message : String(error));
    }
    onUnreachable?.(false);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return unreachable(`HTTP ${response.status} zonder JSON`);
    }
    if (response.ok) return { ok: true, value: body };
    const error = ApiError.safeParse(body);
    return error.success ? { ok: false, error: error.data } : unreachable(`HTTP ${response.status}`);
  };
}
