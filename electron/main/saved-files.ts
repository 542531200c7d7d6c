import { basename, extname } from 'node:path';

/** The part of Electron's DownloadItem the record uses. */
export interface SavedItem {
  getFilename(): string;
  getSavePath(): string;
  once(event: 'done', listener: (event: unknown, state: string) => void): unknown;
}

export interface SavedFiles {
  /** Follows a download: when the user saved it through the dialog, its path is kept under its offered name. */
  track(item: SavedItem): void;
  /** The path where the package of that name was last saved, or undefined when none was. */
  pathOf(naam: string): string | undefined;
}

/** Only export packages can be shown in their folder: the ZIPs of export.download. */
const PACKAGE = '.zip';

/**
 * The packages this main process saved, each where the user chose in the save dialog. "Map openen" can only show one
 * of these: the page names the package by the name it offered for saving, and never a path.
 */
export function savedFiles(): SavedFiles {
  const saved = new Map<string, string>();
  return {
    track(item) {
      const naam = item.getFilename();
      if (extname(naam).toLowerCase() !== PACKAGE) return;
      item.once('done', (_event, state) => {
        const path = item.getSavePath();
        if (state === 'completed' && path !== '') saved.set(naam, path);
      });
    },
    pathOf(naam) {
      // A name with a folder in it was never offered: Chromium names a download by its base name.
      return naam === basename(naam) ? saved.get(naam) : undefined;
    },
  };
}
