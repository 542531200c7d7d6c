import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ErrorCode } from '../contract/api-error.js';
import type { Context } from '../context.js';
import { dispatch } from '../dispatch.js';
import { openApiDocument } from '../openapi.js';
import { readBody } from './body.js';
import { declaresJson, fromOwnOrigin, hasToken } from './guards.js';
import { secure, sendError, sendJson } from './headers.js';
import { serveStatic } from './static.js';
import { MAX_BODY_BYTES, REFUSALS, STATUS_OF } from './status.js';

export interface ServerOptions {
  /** The door's one context, opened by the caller for the server's whole life and closed by it after `close()`. */
  ctx: Context;
  /** A free port when not given. */
  port?: number | undefined;
  /** The built renderer (its index.html); the placeholder page when it is not there. */
  staticDir?: string | undefined;
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT/`, without the token. */
  url: string;
  /** This start's token, for `Authorization: Bearer`. */
  token: string;
  port: number;
  /** Stops accepting, lets the requests that run finish, and resolves when the last connection is closed. */
  close(): Promise<void>;
}

const API = '/api/';
/** Made on its first request, then kept: the table does not change while the program runs. */
let description: Record<string, unknown> | undefined;
const OPENAPI = '/api/openapi.json';

function refuse(res: ServerResponse, refusal: keyof typeof REFUSALS, message: string): void {
  const { status, code } = REFUSALS[refusal];
  sendError(res, status, { code, message });
}

/** The body as JSON, or undefined when it is not UTF-8 text holding one JSON value. */
function parseJson(body: Buffer): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as unknown };
  } catch {
    return undefined;
  }
}

async function callOperation(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  ctx: Context,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    refuse(res, 'method', `Een opdracht vraagt u met POST, niet met ${req.method ?? ''}`);
    return;
  }
  if (!declaresJson(req)) {
    refuse(res, 'notJson', 'Stuur de invoer als JSON, met Content-Type: application/json');
    return;
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === 'too-large') {
    // The rest is not read: the connection closes after this answer.
    res.setHeader('Connection', 'close');
    refuse(res, 'tooLarge', `De invoer is groter dan ${MAX_BODY_BYTES / 1024 / 1024} MB`);
    return;
  }
  const input = parseJson(body);
  if (input === undefined) {
    refuse(res, 'badJson', 'De invoer is geen geldige JSON');
    return;
  }
  const result = await dispatch(name, input.value, ctx);
  if (result.ok) sendJson(res, 200, result.value);
  else sendError(res, STATUS_OF[result.error.code], result.error);
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  {
    ctx,
    token,
    port,
    staticDir,
  }: { ctx: Context; token: string; port: number; staticDir: string | undefined },
): Promise<void> {
  secure(res);
  if (!fromOwnOrigin(req, port)) {
    refuse(res, 'foreign', 'Deze server beantwoordt alleen zijn eigen pagina’s op 127.0.0.1');
    return;
  }
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  if (pathname === OPENAPI) {
    // The description holds nothing of the user's (it is what `raadsnota openapi` prints), so no token: a tool can
    // read it as it is. The origin check above still holds.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      refuse(res, 'method', `De beschrijving vraagt u met GET, niet met ${req.method ?? ''}`);
      return;
    }
    description ??= openApiDocument();
    sendJson(res, 200, description);
    return;
  }
  if (pathname.startsWith(API)) {
    if (!hasToken(req, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      refuse(res, 'noToken', 'Geen of een onjuist token: gebruik het adres dat raadsnota serve noemde');
      return;
    }
    await callOperation(req, res, pathname.slice(API.length), ctx);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    refuse(res, 'method', `Dit adres geeft u met GET, niet met ${req.method ?? ''}`);
    return;
  }
  await serveStatic(req, res, pathname, staticDir);
}

const INTERNAL: { code: ErrorCode; message: string } = {
  code: 'internal',
  message: 'Onverwachte fout in de server van Raadsnota',
};

/**
 * The local server of the browser mode: on 127.0.0.1 only, with a new random token at each start, every operation
 * of the table at `POST /api/<operation>` through the same `dispatch` as every other door, and the app's pages.
 */
export async function startServer({ ctx, port, staticDir }: ServerOptions): Promise<RunningServer> {
  const token = randomBytes(32).toString('base64url');
  const pages = staticDir !== undefined && existsSync(join(staticDir, 'index.html')) ? staticDir : undefined;
  let closing = false;
  const settings = { ctx, token, port: 0, staticDir: pages };
  const server = createServer((req, res) => {
    if (closing) res.setHeader('Connection', 'close');
    // While closing, a connection kept alive after its answer would hold the close up until it times out.
    res.on('finish', () => {
      if (closing) {
        setImmediate(() => {
          server.closeIdleConnections();
        });
      }
    });
    handle(req, res, settings).catch(() => {
      if (!res.headersSent) sendError(res, 500, INTERNAL);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  settings.port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${settings.port}/`,
    token,
    port: settings.port,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        server.close(() => {
          resolve();
        });
        // A connection kept alive between requests closes now; one in a request closes when its answer is sent.
        server.closeIdleConnections();
      }),
  };
}
