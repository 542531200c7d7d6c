// `raadsnota serve` as its own process, as a user starts it: so that a test can kill it (SIGKILL, no clean-up) and
// start it again on the same register and port, and see what the register file holds.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from './tools.js';

export interface ServeProcess {
  /** The address with the token, as the server printed it. */
  url: string;
  child: ChildProcess;
  /** SIGKILL: the process ends at once, mid-request if it is in one, as in a crash. */
  kill(): Promise<void>;
}

/** A port free on 127.0.0.1 now, for a server that must come back on the same one (the same origin in the browser). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts `node bin/raadsnota.cjs serve --db <dbPath> --port <port>` and waits for the address it prints. */
export async function startServeProcess(
  dbPath: string,
  port: number,
  env: NodeJS.ProcessEnv = {},
): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [join(projectRoot, 'bin', 'raadsnota.cjs'), 'serve', '--db', dbPath, '--port', String(port)],
    {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => {
      reject(new Error(`raadsnota serve stopped (${String(code)}): ${stderr.join('')}`));
    });
  });
  return {
    url,
    child,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}
