import type { ApiError } from '../api/contract/api-error.js';
import type { InputOf, OperationName, OutputOf } from '../api/contract/index.js';
import { openContext, type Context, type ContextOptions } from '../api/context.js';
import { dispatch } from '../api/dispatch.js';

/** An operation's error, carried to main.ts, which prints it and exits with 2 (1 for a fault of Raadsnota). */
export class OperationRefused extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'OperationRefused';
  }
}

/** A developer chasing a fault sees where it came from: RAADSNOTA_DEBUG=1 prints its stack. */
function showStackWhenDebugging(error: unknown): void {
  if (process.env.RAADSNOTA_DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
}

/**
 * Runs `work` in one context for the whole command (the register opened once, on first use) and closes it after,
 * also when the command fails.
 */
export async function withContext<T>(
  options: ContextOptions,
  work: (ctx: Context) => Promise<T>,
): Promise<T> {
  const ctx = openContext({ fault: showStackWhenDebugging, ...options });
  try {
    return await work(ctx);
  } finally {
    ctx.db.close();
  }
}

/** The command's one call through the operation table: its output, or its error thrown for main.ts to report. */
export async function invoke<N extends OperationName>(
  ctx: Context,
  name: N,
  input: InputOf<N>,
): Promise<OutputOf<N>> {
  const result = await dispatch(name, input, ctx);
  if (!result.ok) throw new OperationRefused(result.error);
  return result.value;
}
