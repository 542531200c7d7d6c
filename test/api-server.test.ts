import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../api/client/client.js';
import { httpTransport } from '../api/client/http.js';
import type { Context } from '../api/context.js';
import { dispatch } from '../api/dispatch.js';
import { startServer, type RunningServer } from '../api/server/server.js';
import { upsertItems } from '../db/repositories/upsert.js';
import { testContext } from './helpers/api.js';
import { CLI, makeTempDir, removeTempDir } from './helpers/assets.js';

let dir: string;
let ctx: Context;
let server: RunningServer;

function seed(context: Context): void {
  upsertItems(
    context.db.write(),
    [
      {
        soort: 'motie',
        nummer: 'M-3',
        nummerreeks: '2026',
        titel: 'Financiële ruimte voor buurthuizen',
        vergadering: 'Raad 5 februari 2026',
        datumAangenomen: '2026-02-05',
        termijn: '2026-06-01',
        status: 'open',
      },
      {
        soort: 'toezegging',
        nummer: 'T-1',
        nummerreeks: '2026',
        omschrijving: 'De wethouder stuurt een financiële paragraaf over de speeltuinen',
        vergadering: 'commissie Samenleving',
        gedaanOp: '2026-01-22',
        termijn: '2027-03-01',
        status: 'open',
      },
    ],
    { door: 'griffie', op: '2026-02-06T10:00:00Z' },
  );
}

beforeEach(async () => {
  dir = await makeTempDir();
  ctx = testContext(dir);
  server = await startServer({ ctx });
});

afterEach(async () => {
  await server.close();
  ctx.db.close();
  await removeTempDir(dir);
});

const JSON_TYPE = { 'Content-Type': 'application/json' };

function post(name: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, ...JSON_TYPE, ...headers },
    body,
  });
}

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request as node:http sends it, with a Host and a path that fetch would not let through as they are. */
function raw(
  options: { method?: string; path: string; headers?: Record<string, string | number> },
  body?: Buffer | string,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the local server', () => {
  it('listens on 127.0.0.1 only, with a token of at least 32 random bytes that is new at each start', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    const elsewhere = Object.values(networkInterfaces())
      .flat()
      .find((i) => i?.family === 'IPv4' && !i.internal)?.address;
    if (elsewhere !== undefined) {
      await expect(fetch(`http://${elsewhere}:${server.port}/`)).rejects.toThrow();
    }
    const second = await startServer({ ctx });
    try {
      expect(second.token).not.toBe(server.token);
      expect(second.port).not.toBe(server.port);
    } finally {
      await second.close();
    }
  });

  it('answers register.search exactly as dispatch does', async () => {
    seed(ctx);
    for (const input of [{ text: 'financiele' }, { text: 'buurth' }, {}, { status: ['open'], limit: 1 }]) {
      const response = await post('register.search', JSON.stringify(input));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const direct = await dispatch('register.search', input, ctx);
      expect(direct.ok).toBe(true);
      expect(await response.json()).toEqual(direct.ok && direct.value);
    }
  });

  it('gives an operation’s error as the ApiError with the status of its code, never a stack trace', async () => {
    const missing = await post('register.search', '{}');
    expect(missing.status).toBe(503);
    const error = (await missing.json()) as { code: string; message: string };
    expect(error.code).toBe('refused');
    expect(error.message).not.toMatch(/\n\s+at /);
    seed(ctx);
    const invalid = await post('register.search', JSON.stringify({ limit: 0, zoekterm: 'x' }));
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({ code: 'invalid_input', field: 'limit' });
  });

  it('names an unknown operation as an ApiError with 404', async () => {
    const response = await post('register.zoek', '{}');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'unknown_operation' });
    expect((await post('toString', '{}')).status).toBe(404);
  });

  it('refuses a call without the token, or with a wrong one, with 401', async () => {
    const without = await fetch(`${server.url}api/register.search`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: '{}',
    });
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('Bearer');
    expect(await without.json()).toMatchObject({ code: 'refused' });
    const wrong = `${server.token.slice(0, -1)}${server.token.endsWith('A') ? 'B' : 'A'}`;
    for (const authorization of [`Bearer ${wrong}`, `Bearer ${server.token}x`, server.token, 'Bearer ']) {
      expect((await post('register.search', '{}', { Authorization: authorization })).status).toBe(401);
    }
    expect(ctx.db.exists()).toBe(false);
  });

  it('refuses with 403 a request from another site’s page, even with the token', async () => {
    seed(ctx);
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1:1',
      'null',
      `http://127.0.0.1.evil.example:${server.port}`,
    ]) {
      const response = await post('register.search', '{}', { Origin: origin });
      expect(response.status, origin).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'refused' });
    }
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
      expect((await post('register.search', '{}', { Origin: origin })).status, origin).toBe(200);
    }
  });

  it('refuses with 403 a request that names another server as Host (DNS rebinding)', async () => {
    seed(ctx);
    const call = (host: string): Promise<RawAnswer> =>
      raw(
        {
          method: 'POST',
          path: '/api/register.search',
          headers: { Host: host, Authorization: `Bearer ${server.token}`, ...JSON_TYPE },
        },
        '{}',
      );
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      '127.0.0.1',
      `127.0.0.1:${server.port + 1}`,
    ]) {
      expect((await call(host)).status, host).toBe(403);
    }
    expect((await raw({ path: '/', headers: { Host: `rebind.example:${server.port}` } })).status).toBe(403);
    expect((await call(`localhost:${server.port}`)).status).toBe(200);
    expect((await call(`127.0.0.1:${server.port}`)).status).toBe(200);
  });

  it('refuses a body over 20 MB with 413, by its declared length before reading it', async () => {
    const answer = await raw({
      method: 'POST',
      path: '/api/register.search',
      headers: { Authorization: `Bearer ${server.token}`, ...JSON_TYPE, 'Content-Length': 21 * 1024 * 1024 },
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'invalid_input' });
  });

  it('refuses a body over 20 MB with 413 also when it comes in chunks without a length', async () => {
    const answer = await raw(
      {
        method: 'POST',
        path: '/api/register.search',
        headers: { Authorization: `Bearer ${server.token}`, ...JSON_TYPE, 'Transfer-Encoding': 'chunked' },
      },
      Buffer.alloc(21 * 1024 * 1024, 0x20),
    );
    expect(answer.status).toBe(413);
  });

  it('takes JSON only: 415 for text/plain or no type, 400 with a Dutch message for bad JSON', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
    ]) {
      const response = await post('register.search', '{}', { 'Content-Type': type });
      expect(response.status, type).toBe(415);
      expect(await response.json()).toMatchObject({ code: 'invalid_input' });
    }
    for (const body of ['{"text":', '', 'financiele']) {
      const response = await post('register.search', body);
      expect(response.status, body).toBe(400);
      expect(await response.json()).toEqual({
        code: 'invalid_input',
        message: 'De invoer is geen geldige JSON',
      });
    }
  });

  it('takes an operation by POST only (405), and serves its OpenAPI document without the token', async () => {
    const get = await fetch(`${server.url}api/register.search`, {
      headers: { Authorization: `Bearer ${server.token}` },
    });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const document = await fetch(`${server.url}api/openapi.json`);
    expect(document.status).toBe(200);
    expect(((await document.json()) as { openapi: string }).openapi).toBe('3.1.0');
    expect(
      (await fetch(`${server.url}api/openapi.json`, { headers: { Origin: 'https://evil.example' } })).status,
    ).toBe(403);
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });

  it('shows the placeholder page with a strict CSP, nosniff and no referrer, on every answer', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('De schermen van de app komen in een volgende versie');
    for (const response of [page, await post('register.zoek', '{}'), await fetch(`${server.url}niets.js`)]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        // The preview (docx-preview) and the editor show pictures as blob: URLs made from the API's answers.
        "img-src 'self' blob: data:",
      ]) {
        expect(csp).toContain(directive);
      }
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('serves the built renderer’s files, and nothing outside its folder, however the path is written', async () => {
    const app = join(dir, 'renderer');
    await mkdir(join(app, 'assets'), { recursive: true });
    await writeFile(join(app, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(join(app, 'assets', 'app.js'), 'export {};');
    await writeFile(join(dir, 'geheim.txt'), 'GEHEIM');
    const pages = await startServer({ ctx, staticDir: app });
    const get = (path: string): Promise<RawAnswer> =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: pages.port, path }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString(),
            });
          });
        });
        req.on('error', reject);
        req.end();
      });
    try {
      expect((await get('/')).body).toContain('<title>app</title>');
      const script = await get('/assets/app.js');
      expect(script.status).toBe(200);
      expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(script.headers['x-content-type-options']).toBe('nosniff');
      for (const path of [
        '/../geheim.txt',
        '/%2e%2e/geheim.txt',
        '/assets/..%2f..%2fgeheim.txt',
        '/%2E%2E%5Cgeheim.txt',
        '/assets/%00app.js',
        '/%zz',
      ]) {
        const answer = await get(path);
        expect(answer.status, path).toBe(403);
        expect(answer.body).not.toContain('GEHEIM');
      }
      expect((await get('/geheim.txt')).status).toBe(404);
      expect((await get('/assets')).status).toBe(404);
    } finally {
      await pages.close();
    }
  });

  it('answers a fault of its own with 500 and a Dutch message, without a stack trace', async () => {
    const app = join(dir, 'weg');
    await mkdir(app);
    await writeFile(join(app, 'index.html'), '<!doctype html><title>app</title>');
    const pages = await startServer({ ctx, staticDir: app });
    try {
      await removeTempDir(app);
      const response = await fetch(pages.url);
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        code: 'internal',
        message: 'Onverwachte fout in de server van Raadsnota',
      });
      expect(text).not.toMatch(/ENOENT|\bat /);
    } finally {
      await pages.close();
    }
  });

  it('is reached by the typed client over HTTP, errors included', async () => {
    seed(ctx);
    const client = createClient(httpTransport({ token: server.token, baseUrl: server.url }));
    const found = await client.invoke('register.search', { text: 'financiele' });
    expect(found.ok && found.value.items.map((i) => i.nummer)).toEqual(['M-3', 'T-1']);
    const refused = await client.invoke('register.search', { limit: 0 });
    expect(!refused.ok && refused.error.code).toBe('invalid_input');
    const stranger = createClient(httpTransport({ token: 'fout', baseUrl: server.url }));
    const noToken = await stranger.invoke('register.search', {});
    expect(!noToken.ok && noToken.error.code).toBe('refused');
  });

  it('lets a running request finish when it closes, and then takes no more', async () => {
    seed(ctx);
    const { port } = server;
    // The server answers `Expect: 100-continue` once its handler runs: then the request is running for certain.
    let closed: Promise<void> | undefined;
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/register.search',
          headers: { Authorization: `Bearer ${server.token}`, ...JSON_TYPE, Expect: '100-continue' },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body });
          });
        },
      );
      req.on('error', reject);
      req.on('continue', () => {
        closed = server.close();
        req.end(JSON.stringify({ text: 'financiele' }));
      });
      req.flushHeaders();
    });
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect((JSON.parse(body) as { total: number }).total).toBe(2);
    await closed;
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    server = await startServer({ ctx });
  });
});

describe('raadsnota serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints one address with the token in the fragment, answers, and on %s closes the register and exits 0',
    async (signal) => {
      const db = join(dir, 'serve.sqlite');
      const child = spawn(process.execPath, [CLI, 'serve', '--db', db], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.setEncoding('utf8');
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk;
          if (stdout.includes('\n')) resolve(stdout.split('\n')[0] ?? '');
        });
        child.on('exit', (code) => {
          reject(new Error(`serve ended with ${code}`));
        });
      });
      expect(line).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43,}$/);
      const url = new URL(line);
      const token = url.hash.slice('#token='.length);
      const answer = await fetch(`${url.origin}/api/register.search`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, ...JSON_TYPE },
        body: JSON.stringify({ text: 'financiele' }),
      });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ items: [], total: 0 });
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(stdout).toBe(`${line}\n`);
      expect(existsSync(db)).toBe(true);
      expect(existsSync(`${db}-wal`)).toBe(false);
    },
  );

  it('says in Dutch that a port is taken, with exit code 2', async () => {
    const { runCli } = await import('./helpers/assets.js');
    const result = await runCli(['serve', '--db', join(dir, 'r.sqlite'), '--port', String(server.port)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/poort \d+ is al in gebruik/);
    expect(result.stdout).toBe('');
  });
});
