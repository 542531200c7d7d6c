import type { ApiResult } from '../../api/contract/api-error.js';
import { fromAppFrame, type IpcSender } from '../security/sender.js';
import type { Forwarder } from './forwarder.js';

export const FOREIGN_FRAME: ApiResult<never> = {
  ok: false,
  error: {
    code: 'refused',
    message: 'Deze opdracht komt niet uit het venster van Raadsnota en wordt geweigerd',
  },
};

/**
 * The handler of `ipcMain.handle(INVOKE_CHANNEL, …)`: a call from any frame but the app's own page is refused, every
 * other call goes to the register's process as it came. The operation table validates the name and the input there.
 */
export function invokeHandler(forwarder: Forwarder) {
  return (event: IpcSender, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!fromAppFrame(event)) return Promise.resolve(FOREIGN_FRAME);
    return forwarder.invoke(typeof name === 'string' ? name : String(name), input);
  };
}
