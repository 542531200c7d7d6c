import type { ApiResult } from '../../api/contract/api-error.js';
import type { Context } from '../../api/context.js';
import { dispatch } from '../../api/dispatch.js';
import { HostRequest, type HostAnswer } from './messages.js';

/** The half of Electron's `process.parentPort` the host uses: a message arrives as an event with `data`. */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: HostAnswer): void;
}

const MISFORMED: ApiResult<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Onverwachte fout: het register kreeg een opdracht die het niet kan lezen',
  },
};

/**
 * Answers every call from the main process through the operation table, each by its id. Calls run side by side, as
 * they do in the local server: the register itself orders its writes.
 */
export function serveRegister(port: ParentPortLike, ctx: Context): void {
  port.on('message', (event) => {
    const request = HostRequest.safeParse(event.data);
    if (!request.success) {
      const id = (event.data as { id?: unknown } | null)?.id;
      if (typeof id === 'number' && Number.isInteger(id)) port.postMessage({ id, result: MISFORMED });
      return;
    }
    const { id, name, input } = request.data;
    void dispatch(name, input, ctx).then((result) => {
      port.postMessage({ id, result });
    });
  });
}
