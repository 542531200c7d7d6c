import { openContext } from '../api/context.js';
import type { ContextOptions } from '../api/context.js';
import { clearExports } from '../api/jobs/export-job.js';
import { RENDERER_DIR } from '../api/locations.js';
import { startServer } from '../api/server/server.js';
import { OperationRefused } from './door.js';

export interface ServeOptions extends Pick<ContextOptions, 'dbPath' | 'huisstijlDir'> {
  port: number | undefined;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function cannotListen(error: unknown, port: number | undefined): OperationRefused {
  const code = (error as NodeJS.ErrnoException).code;
  const which = port === undefined ? 'een vrije poort' : `poort ${port}`;
  const why =
    code === 'EADDRINUSE'
      ? `poort ${port ?? ''} is al in gebruik; kies een andere met --port, of laat --port weg voor een vrije poort`
      : code === 'EACCES'
        ? `${which} mag dit programma niet gebruiken; kies een poort boven 1023`
        : `${which} op 127.0.0.1 is niet te openen (${code ?? String(error)})`;
  return new OperationRefused({ code: 'refused', message: `De server start niet: ${why}` });
}

/**
 * `raadsnota serve`: one context for the server's whole life, the register made when there is none, one line with
 * the address (the token in the fragment, which a browser never sends to a server or puts in a Referer), and on
 * SIGINT or SIGTERM: no new connections, the running requests finished, the register closed. Resolves then.
 */
export async function serveCommand({ dbPath, huisstijlDir, port }: ServeOptions): Promise<void> {
  // No secret: any page that has the token could otherwise have a token signed for an address of its choosing. The
  // browser mode has no upload; the command line (raadsnota upload) has.
  const ctx = openContext({ dbPath, huisstijlDir });
  try {
    try {
      ctx.db.write();
    } catch (error) {
      throw ctx.db.explain(error);
    }
    let server;
    try {
      server = await startServer({ ctx, port, staticDir: RENDERER_DIR });
    } catch (error) {
      throw cannotListen(error, port);
    }
    process.stdout.write(`${server.url}#token=${server.token}\n`);
    process.stderr.write('De server luistert alleen op deze computer. Stoppen: Ctrl+C.\n');
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        for (const signal of SIGNALS) process.off(signal, stop);
        resolve();
      };
      for (const signal of SIGNALS) process.on(signal, stop);
    });
    await server.close();
    // The packages nobody took go now, not only at the process's exit: serve may run inside a longer-lived process.
    await clearExports(ctx);
  } finally {
    ctx.db.close();
  }
}
