import { join } from 'node:path';
import { openContext, type Context } from '../../api/context.js';
import { dispatch } from '../../api/dispatch.js';
import type { InputOf, OperationName, OutputOf } from '../../api/contract/index.js';
import type { ApiError } from '../../api/contract/api-error.js';

/** A fixed clock: 6 December 2026, 10:00 in Amsterdam, so that "today" and every history row are the same each run. */
export const NOW = new Date('2026-12-06T09:00:00Z');

/** A context on a fresh register file in `dir`, acting as the test user at NOW. */
export function testContext(
  dir: string,
  options: { huisstijlDir?: string; templatesDir?: string } = {},
): Context {
  return openContext({
    dbPath: join(dir, 'register.sqlite'),
    user: 'testgebruiker',
    now: () => NOW,
    ...options,
  });
}

/** Runs an operation that must succeed, and gives its output. */
export async function call<N extends OperationName>(
  ctx: Context,
  name: N,
  input: InputOf<N>,
): Promise<OutputOf<N>> {
  const result = await dispatch(name, input, ctx);
  if (!result.ok) throw new Error(`${name} gaf ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Runs an operation that must fail, and gives its error. */
export async function refusal(ctx: Context, name: string, input: unknown): Promise<ApiError> {
  const result = await dispatch(name, input, ctx);
  if (result.ok) throw new Error(`${name} werd niet geweigerd`);
  return result.error;
}
