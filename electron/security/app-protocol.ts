import { isAbsolute, join, relative, sep } from 'node:path';
import { isAppUrl } from './app-origin.js';

/**
 * The file the `app://` protocol serves for a request, or undefined when it must be refused: another scheme or host,
 * a path that is not valid percent-encoding, or one that leads outside the renderer's folder however it is written
 * (`..`, `%2e%2e`, `%2f`, a backslash, a NUL). The root itself (`app://raadsnota/`) is the renderer's index.html.
 */
export function appFile(requestUrl: string, root: string): string | undefined {
  if (!isAppUrl(requestUrl)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return undefined;
  }
  // Decoded, a path may hold what the URL parser left alone: a backslash is a separator on Windows, NUL ends a path.
  if (path.includes('\\') || path.includes('\0')) return undefined;
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) return undefined;
  const file = join(root, parts.length === 0 ? 'index.html' : parts.join('/'));
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return undefined;
  return file;
}
