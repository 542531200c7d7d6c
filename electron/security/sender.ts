import { isAppUrl } from './app-origin.js';

/** The part of an IPC event this check reads: the frame that sent it, as Electron's `event.senderFrame` gives it. */
export interface IpcSender {
  senderFrame?: { url: string } | null | undefined;
}

/**
 * Whether an IPC message comes from the app's own page. Every `ipcMain.handle` asks this first: a frame that is not
 * ours (an iframe, a page navigated elsewhere, a frame already gone) gets no answer from the operation table.
 */
export function fromAppFrame(event: IpcSender): boolean {
  return isAppUrl(event.senderFrame?.url);
}
