import type { ApiResult } from '../../api/contract/api-error.js';
import type { Transport } from '../../api/client/client.js';

/** What Electron's preload exposes (electron/preload.ts): one function, nothing else of Node or Electron. */
export interface RaadsnotaBridge {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    raadsnota?: RaadsnotaBridge;
  }
}

/** The desktop app's transport: every call crosses the preload's one bridge to the main process. */
export function ipcTransport(bridge: RaadsnotaBridge): Transport {
  return (name, input) => bridge.invoke(name, input);
}
