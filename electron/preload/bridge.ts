import type { RaadsnotaBridge } from '../../api/client/bridge.js';
import type { ApiResult } from '../../api/contract/api-error.js';

const UNREACHABLE: ApiResult<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Het venster kan Raadsnota niet bereiken; start het programma opnieuw',
  },
};

/**
 * The bridge over `ipcRenderer.invoke`. It never throws: a channel that fails (the main process gone, an input that
 * cannot be copied across) comes back as an ApiResult like every other error, so the page has one way to handle it.
 * `showSaved` sends only a name: the main process checks it and decides which file that is.
 */
export function raadsnotaBridge(
  send: (name: string, input: unknown) => Promise<unknown>,
  sendShowSaved: (naam: string) => Promise<unknown> = () => Promise.reject(new Error('no channel')),
): RaadsnotaBridge {
  return {
    invoke: (name, input) =>
      send(name, input).then(
        (result) => result as ApiResult<unknown>,
        () => UNREACHABLE,
      ),
    showSaved: (naam) =>
      sendShowSaved(naam).then(
        (result) => result as ApiResult<null>,
        () => UNREACHABLE,
      ),
  };
}
