import type { ServerResponse } from 'node:http';
import type { ApiError } from '../contract/api-error.js';

/**
 * On every response. The CSP lets a page load only this server's own scripts, styles, images and API (no inline
 * script, no plug-ins, no <base> that redirects relative links, no form that posts elsewhere) and be framed by no
 * site. Images may also be blob: or data: URLs that the page made itself from the API's answers (the preview's and
 * the editor's pictures), never another site's. nosniff keeps a browser from running a JSON or text answer as a
 * script; no-referrer keeps the address out of any request the page makes; the resource policy keeps other sites
 * from embedding any answer.
 */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; img-src 'self' blob: data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const;

export function secure(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** An API answer: JSON, never cached (it is the user's register). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, error);
}
