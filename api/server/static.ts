import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { PLACEHOLDER_PAGE } from './placeholder.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  type = 'text/plain; charset=utf-8',
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.setHeader('Cache-Control', 'no-cache');
  res.end(text);
}

/**
 * The path below the static folder that a URL names, or undefined when it tries to leave it: decoded first, so
 * that `%2e%2e` and `%2f` are caught as well as `..`, and refused on any `..` segment, a backslash or a NUL, even
 * where the result would stay inside.
 */
function relativePath(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (/[\\\0]/.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return undefined;
  return segments.length === 0 ? 'index.html' : segments.join('/');
}

/**
 * Serves the built renderer from `dir` (GET and HEAD), or the placeholder page when there is none. A file is served
 * only when it is a regular file whose real path (links followed) lies inside `dir`.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  dir: string | undefined,
): Promise<void> {
  const relative = relativePath(pathname);
  if (relative === undefined) {
    sendText(res, 403, 'Dit adres ligt buiten de app en wordt niet gegeven.');
    return;
  }
  if (dir === undefined) {
    if (relative === 'index.html') sendText(res, 200, PLACEHOLDER_PAGE, TYPES['.html']);
    else sendText(res, 404, 'Niet gevonden.');
    return;
  }
  const root = await realpath(dir);
  let file: string;
  try {
    file = await realpath(resolve(join(root, relative)));
    if (!file.startsWith(root + sep) || !(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    sendText(res, 404, 'Niet gevonden.');
    return;
  }
  const { size } = await stat(file);
  res.statusCode = 200;
  res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Content-Length', size);
  res.setHeader('Cache-Control', 'no-cache');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
