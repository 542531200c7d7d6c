import { externalUrl, windowOpenAnswer } from '../security/navigation.js';
import { OUTSIDE_HOSTS } from './outside-links.js';

interface Preventable {
  preventDefault(): void;
}

/** The part of Electron's WebContents the guard uses. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Keeps every web contents (the window and anything it might create) on the app's own page: navigation, redirects,
 * new windows and <webview> are refused; a link to one of OUTSIDE_HOSTS opens in the user's browser instead.
 */
export function guardContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  const openOutside = (url: string): void => {
    const checked = externalUrl(url, OUTSIDE_HOSTS);
    if (checked !== undefined) openExternal(checked);
  };
  contents.on('will-navigate', (event, url) => {
    // The page routes within itself: it never navigates away (mayNavigate in security/navigation.ts says no).
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return windowOpenAnswer();
  });
}
