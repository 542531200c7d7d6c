import { mayUsePermission } from '../security/navigation.js';
import { saveDialogOptions } from './downloads.js';

/** The part of a DownloadItem the session uses. */
export interface DownloadLike {
  getFilename(): string;
  setSaveDialogOptions(options: ReturnType<typeof saveDialogOptions>): void;
}

/** The part of Electron's Session the guard uses. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setSpellCheckerLanguages(languages: string[]): void;
  on(event: 'will-download', listener: (event: unknown, item: DownloadLike) => void): unknown;
}

/**
 * The window's session: every permission refused (asked for or checked), Dutch spelling, and a Dutch save dialog with
 * the file's own name for each download.
 */
export function guardSession(session: GuardedSession, downloads: () => string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(mayUsePermission());
  });
  session.setPermissionCheckHandler(() => mayUsePermission());
  session.setSpellCheckerLanguages(['nl']);
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(saveDialogOptions(item.getFilename(), downloads()));
  });
}
