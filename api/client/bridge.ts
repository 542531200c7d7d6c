import type { ApiResult } from '../contract/api-error.js';

/**
 * What Electron's preload gives the page as `window.raadsnota` (electron/preload.ts) and the renderer's IPC transport
 * calls: one call into the operation table, nothing else of Node or Electron.
 */
export interface RaadsnotaBridge {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
}
