import type { z } from '../../core/model/zod-nl.js';
import type { OperationContract } from '../contract/operation.js';
import type { Context } from '../context.js';

/** The service call behind one operation: the validated input and the door's context in, a plain value out. */
export type Handler<C extends OperationContract> = (
  input: z.output<C['input']>,
  ctx: Context,
) => z.input<C['output']> | Promise<z.input<C['output']>>;

/** One handler for every operation of a contract, and no other: a missing or misnamed one fails the type check. */
export type Handlers<T extends Record<string, OperationContract>> = { [N in keyof T]: Handler<T[N]> };
