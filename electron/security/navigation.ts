import { isAppUrl } from './app-origin.js';

/**
 * Where the window may go. The renderer is one page that routes within itself, so a navigation away from it is
 * always refused (`will-navigate`), and so is every new window (`setWindowOpenHandler`); a link to the outside is
 * opened in the user's browser, and only when it passes `externalUrl`.
 */
export function mayNavigate(): false {
  return false;
}

/** A new window is never opened inside the app: the answer for `setWindowOpenHandler`. */
export function windowOpenAnswer(): { action: 'deny' } {
  return { action: 'deny' };
}

/** The permissions a page may ask for (camera, notifications, geolocation, …): none. */
export function mayUsePermission(): false {
  return false;
}

/**
 * A link the user may open in their browser: parsed, https only, no credentials in it, its host one of `allowed`
 * exactly (no subdomain by accident). Returns the link as parsed, so that what is opened is what was checked.
 */
export function externalUrl(raw: string, allowed: readonly string[]): string | undefined {
  if (isAppUrl(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return undefined;
  return allowed.includes(url.hostname.toLowerCase()) ? url.href : undefined;
}
