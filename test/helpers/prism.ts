// Prism (@stoplight/prism-cli, in node_modules) mocking the real ZGW Documenten API specification from the shared
// standards folder, on 127.0.0.1, with --errors so that every request is checked against the spec and one that breaks
// it is answered 4xx. Only the spec is outside the project: without it the suite is skipped, or fails with CI=true.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { freePort } from './serve-process.js';
import { openApiToJsonSchema } from './standards.js';
import { describeWithStandards, projectRoot, standardsDir } from './tools.js';

// ajv-formats is CommonJS with its function as `default`; under NodeNext that default is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const ZGW_OPENAPI = 'zgw-documenten-api/openapi.yaml';

export function zgwSpec(): string {
  return join(standardsDir(), ZGW_OPENAPI);
}

/** A describe block that needs the ZGW Documenten API's openapi.yaml in the shared standards folder. */
export function describeWithZgwSpec(suite: string, fn: () => void): void {
  describeWithStandards([ZGW_OPENAPI], suite, fn);
}

type Json = Parameters<typeof openApiToJsonSchema>[0];

/**
 * A check of a value against one of the spec's own schemas (`Fout`, `ValidatieFout`), read from openapi.yaml now: the
 * failures a test makes an API give are shaped as the spec says an API gives them.
 */
export function zgwSchema(name: string): (value: unknown) => boolean {
  const doc = parse(readFileSync(zgwSpec(), 'utf8')) as { components: { schemas: Record<string, Json> } };
  const definitions = Object.fromEntries(
    Object.entries(doc.components.schemas).map(([key, schema]) => [key, openApiToJsonSchema(schema)]),
  );
  // Not strict: the spec's formats (int64, binary, byte) and titles are no concern of these checks.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile({ $ref: `#/definitions/${name}`, definitions });
  return (value) => validate(value);
}

export interface RunningPrism {
  url: string;
  close(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

/** Starts Prism on a free port and resolves when it answers (a 404 for `/` counts: it is listening). */
export async function startPrism(spec = zgwSpec()): Promise<RunningPrism> {
  const port = await freePort();
  const entry = realpathSync(join(projectRoot, 'node_modules', '.bin', 'prism'));
  const child: ChildProcess = spawn(
    process.execPath,
    [entry, 'mock', '-h', '127.0.0.1', '-p', String(port), '--errors', spec],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  // Prism reads the 300 kB spec first: seconds on a loaded machine.
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`prism stopped before it listened:\n${output}`);
    if (await answers(url)) break;
    if (tries > 300) {
      child.kill();
      throw new Error(`prism did not answer on ${url}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    close: async () => {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}
