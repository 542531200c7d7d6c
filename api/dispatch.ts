import { quote } from '../core/errors.js';
import type { ApiResult } from './contract/api-error.js';
import { isOperationName, operations, type OperationName, type OutputOf } from './contract/index.js';
import type { Context } from './context.js';
import { invalidInput, toApiError } from './errors.js';
import type { Handler } from './handlers/handler.js';
import { handlers } from './handlers/index.js';
import type { OperationContract } from './contract/operation.js';

/**
 * Runs one operation for a door: the input is validated once, here, against the operation's schema; the handler runs
 * with the door's context; what it returns is checked against the output schema, so that no door ever gets a value
 * the contract does not describe; every error comes back as a value in Dutch (api/errors.ts). Async, so that a
 * register behind a worker process or a server fits later without changing a caller.
 */
export async function dispatch<N extends OperationName>(
  name: N,
  rawInput: unknown,
  ctx: Context,
): Promise<ApiResult<OutputOf<N>>>;
export async function dispatch(name: string, rawInput: unknown, ctx: Context): Promise<ApiResult<unknown>>;
export async function dispatch(name: string, rawInput: unknown, ctx: Context): Promise<ApiResult<unknown>> {
  if (!isOperationName(name)) {
    return {
      ok: false,
      error: { code: 'unknown_operation', message: `Raadsnota kent geen opdracht ${quote(name)}` },
    };
  }
  const contract: OperationContract = operations[name];
  const input = contract.input.safeParse(rawInput);
  if (!input.success) return { ok: false, error: invalidInput(input.error, rawInput, contract.input) };
  const handler = handlers[name] as Handler<OperationContract>;
  let value: unknown;
  try {
    value = await handler(input.data, ctx);
  } catch (error) {
    const failure = toApiError(ctx.db.explain(error));
    if (failure.code === 'internal') ctx.fault?.(error);
    return { ok: false, error: failure };
  }
  const output = contract.output.safeParse(value);
  if (!output.success) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Onverwachte fout: het antwoord van ${name} past niet bij wat de opdracht belooft (${output.error.issues[0]?.message ?? ''})`,
      },
    };
  }
  return { ok: true, value: output.data };
}
