import { createClient, type Client, type Transport } from '../../api/client/client.js';
import type { Context } from '../../api/context.js';
import { dispatch } from '../../api/dispatch.js';

/**
 * A transport straight into `dispatch`, for tests of code that uses the client: the input goes through JSON as it
 * would over the wire, so that a value HTTP cannot carry (a Date, undefined in a list) shows up here too.
 */
export function inProcessTransport(ctx: Context): Transport {
  return (name, input) => dispatch(name, JSON.parse(JSON.stringify(input)) as unknown, ctx);
}

export function inProcessClient(ctx: Context): Client {
  return createClient(inProcessTransport(ctx));
}
