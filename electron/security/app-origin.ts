/**
 * The app's own origin: the renderer is served from `app://raadsnota/…` (app-protocol.ts), never from `file://` or
 * the network. A custom scheme has no web origin (`new URL('app://raadsnota/').origin` is "null"), so the app's
 * pages are recognised by scheme and host.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'raadsnota';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** Whether a URL is one of the app's own pages: the app's scheme and host, nothing else (no user, no port). */
export function isAppUrl(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  );
}
