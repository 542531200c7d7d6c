// A small server between the upload and Prism. Prism checks each request against the Documenten API's spec but keeps
// no state and makes up its answers; this proxy records what the upload sent and what Prism found wrong with it, plays
// the parts of a real API that a stateless mock cannot (its own addresses, the bestandsdelen it splits a large file
// into, the bytes that arrive in them), and can fail on purpose: a 5xx, a 403, a 400 with field errors, a reset, no
// answer at all.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Violation {
  location: string[];
  code: string | number;
  message: string;
}

export interface Recorded {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  /** The JSON body, if the request had one. */
  json: unknown;
  /** What Prism found against the spec (its sl-violations), empty for a request that keeps to it. */
  violations: Violation[];
  status: number;
}

/** What the proxy does with the request numbered `n` (from 1) instead of forwarding it to Prism. */
export type Override =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | 'reset'
  /** No answer at all, until the client gives up. */
  | 'hang'
  | undefined;

export interface ProxyOptions {
  prism: string;
  override?: (
    n: number,
    request: { method: string; path: string; authorization: string | undefined },
  ) => Override;
  /** The size of the bestandsdelen this API splits a file into. */
  deelGrootte?: number;
}

export interface ZgwProxy {
  url: string;
  requests: Recorded[];
  /** The bytes each bestandsdeel received, by the object's uuid, in volgnummer order. */
  parts: Map<string, Uint8Array[]>;
  /** The lock each PUT and unlock carried. */
  locks: string[];
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Prism compares the Content-Type header with the spec's `enum: [multipart/form-data, …]` as a plain parameter, so
 * `multipart/form-data; boundary=…`, which every multipart request must carry, never matches. OpenAPI 3.0.3 says a
 * header parameter named Content-Type SHALL be ignored; this one violation is therefore Prism's, not the request's.
 */
function prismsOwn(violation: Violation, contentType: string | undefined): boolean {
  return (
    violation.location.join('.') === 'request.header.content-type' &&
    (contentType ?? '').startsWith('multipart/form-data; boundary=')
  );
}

export async function startZgwProxy(options: ProxyOptions): Promise<ZgwProxy> {
  const requests: Recorded[] = [];
  const parts = new Map<string, Uint8Array[]>();
  const partOwner = new Map<string, { object: string; index: number }>();
  const locks: string[] = [];
  let url = '';
  let count = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const n = ++count;
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const body = await bodyOf(request);
    const contentType = request.headers['content-type'];
    const json: unknown =
      contentType === 'application/json' && body.length > 0 ? JSON.parse(body.toString()) : undefined;
    const record = (status: number, violations: Violation[]): void => {
      requests.push({
        method,
        path,
        authorization: request.headers.authorization,
        contentType,
        json,
        violations,
        status,
      });
    };
    const override = options.override?.(n, { method, path, authorization: request.headers.authorization });
    if (override === 'hang') {
      record(0, []);
      return;
    }
    if (override === 'reset') {
      record(0, []);
      request.socket.destroy();
      return;
    }
    if (override !== undefined) {
      record(override.status, []);
      response.writeHead(override.status, {
        'Content-Type': 'application/problem+json',
        ...override.headers,
      });
      const { body: answer } = override;
      // A string goes as it is (a page that is no JSON); anything else as JSON.
      response.end(answer === undefined ? '' : typeof answer === 'string' ? answer : JSON.stringify(answer));
      return;
    }
    const forwarded = await fetch(`${options.prism}${path}`, {
      method,
      headers: Object.fromEntries(
        Object.entries(request.headers).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host',
        ),
      ),
      ...(body.length > 0 && { body }),
    });
    const violations = (JSON.parse(forwarded.headers.get('sl-violations') ?? '[]') as Violation[]).filter(
      (v) => !prismsOwn(v, contentType),
    );
    let status = forwarded.status;
    let answer = await forwarded.text();
    if (
      violations.length === 0 &&
      method === 'POST' &&
      path === '/enkelvoudiginformatieobjecten' &&
      status === 201
    ) {
      // A real API answers with its own address, and splits a file sent without inhoud into bestandsdelen.
      const made = JSON.parse(answer) as Record<string, unknown>;
      const uuid = randomUUID();
      const sent = json as { inhoud?: string | null; bestandsomvang?: number };
      const size = sent.bestandsomvang ?? 0;
      const deel = options.deelGrootte ?? size;
      const lock = `lock-${uuid}`;
      const delen =
        sent.inhoud === null
          ? Array.from({ length: Math.ceil(size / deel) }, (_, i) => {
              const part = randomUUID();
              partOwner.set(part, { object: uuid, index: i });
              return {
                url: `${url}/bestandsdelen/${part}`,
                volgnummer: i + 1,
                omvang: Math.min(deel, size - i * deel),
                voltooid: false,
                lock,
              };
            })
          : [];
      if (sent.inhoud === null) parts.set(uuid, []);
      answer = JSON.stringify({
        ...made,
        url: `${url}/enkelvoudiginformatieobjecten/${uuid}`,
        bestandsdelen: delen,
        locked: delen.length > 0,
      });
    }
    const partId = /^\/bestandsdelen\/([0-9a-f-]+)$/.exec(path)?.[1];
    if (violations.length === 0 && method === 'PUT' && partId !== undefined) {
      const form = await new Response(body, { headers: { 'Content-Type': contentType ?? '' } }).formData();
      const inhoud = form.get('inhoud');
      const owner = partOwner.get(partId);
      const lock = form.get('lock');
      locks.push(typeof lock === 'string' ? lock : '');
      if (owner !== undefined && inhoud instanceof Blob) {
        const list = parts.get(owner.object) ?? [];
        list[owner.index] = new Uint8Array(await inhoud.arrayBuffer());
        parts.set(owner.object, list);
      }
      status = 200;
      answer = JSON.stringify({
        url: `${url}${path}`,
        lock,
        omvang: 0,
        voltooid: true,
        volgnummer: 1,
      });
    }
    if (violations.length === 0 && method === 'POST' && path.endsWith('/unlock') && json !== undefined) {
      locks.push(String((json as { lock?: unknown }).lock));
    }
    record(status, violations);
    response.writeHead(status, {
      'Content-Type': forwarded.headers.get('content-type') ?? 'application/json',
    });
    response.end(status === 204 ? undefined : answer);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(599);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    parts,
    locks,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
