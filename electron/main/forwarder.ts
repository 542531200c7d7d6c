import type { ApiResult } from '../../api/contract/api-error.js';
import { HostAnswer, SecretRequest, type HostRequest, type SecretAnswer } from '../register-host/messages.js';

/** The part of Electron's UtilityProcess the forwarder uses: a message arrives as the value itself. */
export interface HostProcess {
  postMessage(message: HostRequest | SecretAnswer): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
}

export const HOST_GONE: ApiResult<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Het register is onverwacht gestopt; er is niets half opgeslagen. Probeer het opnieuw.',
  },
};

export interface Forwarder {
  invoke(name: string, input: unknown): Promise<ApiResult<unknown>>;
}

/**
 * Sends each call to the register's process and answers it when the reply with its id comes back. The process is
 * started on the first call; when it dies, every call still waiting gets a Dutch `internal` error (SQLite's
 * transactions leave nothing half written) and the next call starts a new one.
 */
export function registerForwarder(
  start: () => HostProcess,
  secret: (naam: string) => Promise<string | undefined> = () => Promise.resolve(undefined),
): Forwarder {
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  let host: HostProcess | undefined;
  let lastId = 0;

  /** A secret the register's process asks for (an upload's); none when it is not there or cannot be decrypted. */
  async function answerSecret(child: HostProcess, { geheim, naam }: SecretRequest): Promise<void> {
    const waarde = await secret(naam).catch(() => undefined);
    try {
      child.postMessage(waarde === undefined ? { geheim } : { geheim, waarde });
    } catch {
      // The process is gone; its operation ends with HOST_GONE.
    }
  }

  function running(): HostProcess {
    if (host) return host;
    const child = start();
    child.on('message', (message) => {
      const vraag = SecretRequest.safeParse(message);
      if (vraag.success) {
        void answerSecret(child, vraag.data);
        return;
      }
      const answer = HostAnswer.safeParse(message);
      if (!answer.success) return;
      const resolve = pending.get(answer.data.id);
      pending.delete(answer.data.id);
      resolve?.(answer.data.result);
    });
    child.on('exit', () => {
      if (host === child) host = undefined;
      const waiting = [...pending.values()];
      pending.clear();
      for (const resolve of waiting) resolve(HOST_GONE);
    });
    host = child;
    return child;
  }

  return {
    invoke(name, input) {
      return new Promise((resolve) => {
        const id = ++lastId;
        pending.set(id, resolve);
        try {
          running().postMessage({ id, name, input });
        } catch {
          pending.delete(id);
          resolve(HOST_GONE);
        }
      });
    },
  };
}
