import { extname } from 'node:path';
import { appFile } from '../security/app-protocol.js';
import { CONTENT_SECURITY_POLICY } from '../security/window-options.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

function headers(type: string): Record<string, string> {
  return {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

/**
 * The answer of the `app://` protocol (`protocol.handle`) to a request: a file of the renderer's folder with its type
 * and the CSP, or 404 for a path the guard refuses or a file that is not there. Never a file outside `root`.
 */
export async function appResponse(
  requestUrl: string,
  root: string,
  read: (file: string) => Promise<Uint8Array>,
): Promise<Response> {
  const file = appFile(requestUrl, root);
  if (file === undefined)
    return new Response('Niet gevonden', { status: 404, headers: headers('text/plain; charset=utf-8') });
  let body: Uint8Array;
  try {
    body = await read(file);
  } catch {
    return new Response('Niet gevonden', { status: 404, headers: headers('text/plain; charset=utf-8') });
  }
  return new Response(body, {
    status: 200,
    headers: headers(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'),
  });
}
