import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Whether the request is for this server, from this server's own pages. A page of another site that the browser
 * has open may send requests to 127.0.0.1 (its `Origin` then names that site), and a site whose DNS name is made to
 * point at 127.0.0.1 (DNS rebinding) is same-origin in the browser's eyes but sends its own name as `Host`. Both
 * are refused; a request without `Origin` (curl, a navigation) passes on its `Host` alone.
 */
export function fromOwnOrigin(req: IncomingMessage, port: number): boolean {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = req.headers.host?.toLowerCase();
  if (host === undefined || !hosts.includes(host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || hosts.some((h) => origin.toLowerCase() === `http://${h}`);
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * Whether `Authorization: Bearer <token>` carries this start's token. Compared as hashes of equal length in constant
 * time, so that the time of a refusal says nothing about how much of a guess was right.
 */
export function hasToken(req: IncomingMessage, token: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '');
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token));
}

/** Whether the body is declared as JSON (`application/json`, with a UTF-8 charset or none). */
export function declaresJson(req: IncomingMessage): boolean {
  const [type = '', ...params] = (req.headers['content-type'] ?? '')
    .split(';')
    .map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}
