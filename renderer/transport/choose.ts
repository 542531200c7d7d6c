import { httpTransport } from '../../api/client/http.js';
import type { Transport } from '../../api/client/client.js';
import { ipcTransport } from './ipc.js';

const TOKEN_KEY = 'raadsnota.token';

export type Chosen = { transport: Transport } | { missing: string };

/**
 * One transport for the page's whole life, chosen at start: Electron's bridge when the preload put it there, else
 * the local server with the token from the address (`#token=…`, which `raadsnota serve` prints). The token moves to
 * this tab's session storage and out of the address bar, so that a reload keeps working and the address can be
 * shown or shared without it.
 */
export function chooseTransport(win: Window, onUnreachable: (unreachable: boolean) => void): Chosen {
  if (win.raadsnota) return { transport: ipcTransport(win.raadsnota) };
  const fromAddress = /(?:^#|&)token=([^&]+)/.exec(win.location.hash)?.[1];
  if (fromAddress) {
    win.sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(fromAddress));
    win.history.replaceState(null, '', `${win.location.pathname}#/register`);
  }
  const token = win.sessionStorage.getItem(TOKEN_KEY);
  if (!token) {
    return {
      missing:
        'Deze pagina mist het toegangstoken. Open Raadsnota via het volledige adres dat "npm run start:web" toont ' +
        '(het eindigt op #token=…).',
    };
  }
  return { transport: httpTransport({ token, onUnreachable }) };
}
