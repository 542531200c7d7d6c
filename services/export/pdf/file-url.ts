import { pathToFileURL } from 'node:url';

/**
 * A folder as the `file://` URL LibreOffice's `-env:UserInstallation=` takes, for the platform it runs on:
 * `C:\Users\Jan de Vries\…` becomes `file:///C:/Users/Jan%20de%20Vries/…` and a share `\\server\map\…` becomes
 * `file://server/map/…`. Spaces, `#`, `%` and letters such as ë are percent-encoded as UTF-8, which LibreOffice decodes.
 */
export function folderUrl(folder: string, platform: NodeJS.Platform = process.platform): string {
  return pathToFileURL(folder, { windows: platform === 'win32' }).href;
}
