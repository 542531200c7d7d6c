import type { ApiResult } from '../contract/api-error.js';

/**
 * What Electron's preload gives the page as `window.raadsnota` (electron/preload.ts) and the renderer's IPC transport
 * calls: one call into the operation table, and "Map openen" for a package the user saved; nothing else of Node or
 * Electron.
 */
export interface RaadsnotaBridge {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
  /**
   * Shows the package saved under this name (as the page offered it for saving) in its folder. Only the desktop app
   * has it; the page names no path, the main process knows where it saved the file.
   */
  showSaved?: (naam: string) => Promise<ApiResult<null>>;
}
