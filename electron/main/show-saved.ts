import type { ApiResult } from '../../api/contract/api-error.js';
import { fromAppFrame, type IpcSender } from '../security/sender.js';
import { FOREIGN_FRAME } from './ipc.js';
import type { SavedFiles } from './saved-files.js';

export const NOT_SAVED: ApiResult<never> = {
  ok: false,
  error: {
    code: 'not_found',
    message:
      'Dit pakket is nog niet opgeslagen: kies eerst "Opslaan" en een plek, dan opent "Map openen" die map',
  },
};

/**
 * The handler of `ipcMain.handle(SHOW_SAVED_CHANNEL, …)`: a call from any frame but the app's own page is refused; the
 * app's page names a package by the name it offered for saving, and the folder of the file the main process saved
 * under that name is shown (`shell.showItemInFolder`). Any other name, and so any path, shows nothing.
 */
export function showSavedHandler(saved: SavedFiles, show: (path: string) => void) {
  return (event: IpcSender, naam: unknown): Promise<ApiResult<null>> => {
    if (!fromAppFrame(event)) return Promise.resolve(FOREIGN_FRAME);
    const path = typeof naam === 'string' ? saved.pathOf(naam) : undefined;
    if (path === undefined) return Promise.resolve(NOT_SAVED);
    show(path);
    return Promise.resolve({ ok: true, value: null });
  };
}
