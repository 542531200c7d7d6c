import { SecretAnswer, type SecretRequest } from './messages.js';

/** The half of Electron's `process.parentPort` that asking for a secret uses. */
export interface SecretPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: SecretRequest): void;
}

/** A main process that does not answer (a version without secrets) leaves the operation without one, not waiting. */
const WAIT_MS = 30_000;

/**
 * The register's process's `ctx.secret`: asks the main process, which alone can decrypt with safeStorage, and waits for
 * the answer with the same number. The secret lives here only as long as the operation that asked for it.
 */
export function secretsFromMain(port: SecretPort): (naam: string) => Promise<string | undefined> {
  const pending = new Map<number, (waarde: string | undefined) => void>();
  let last = 0;
  port.on('message', (event) => {
    const answer = SecretAnswer.safeParse(event.data);
    if (!answer.success) return;
    pending.get(answer.data.geheim)?.(answer.data.waarde);
    pending.delete(answer.data.geheim);
  });
  return (naam) =>
    new Promise((resolve) => {
      const geheim = ++last;
      const timer = setTimeout(() => {
        pending.delete(geheim);
        resolve(undefined);
      }, WAIT_MS);
      timer.unref();
      pending.set(geheim, (waarde) => {
        clearTimeout(timer);
        resolve(waarde);
      });
      port.postMessage({ geheim, naam });
    });
}
