import type { RaadsnotaBridge } from '../../api/client/bridge.js';
import type { Transport } from '../../api/client/client.js';

declare global {
  interface Window {
    raadsnota?: RaadsnotaBridge;
  }
}

/** The desktop app's transport: every call crosses the preload's one bridge to the main process. */
export function ipcTransport(bridge: RaadsnotaBridge): Transport {
  return (name, input) => bridge.invoke(name, input);
}
