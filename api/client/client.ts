import type { ApiResult } from '../contract/api-error.js';
import type { InputOf, OperationName, OutputOf } from '../contract/index.js';

/**
 * How a call reaches the operation table: over HTTP to the local server (browser mode), over Electron's IPC, or
 * straight into `dispatch` in a test. Untyped here; the client gives it its types.
 */
export type Transport = (name: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface Client {
  /** Runs one operation: its output, or its error as a value. A misnamed operation or wrong input fails the build. */
  invoke<N extends OperationName>(name: N, input: InputOf<N>): Promise<ApiResult<OutputOf<N>>>;
}

/** The renderer's one way to the operations, typed from the table whatever the transport. */
export function createClient(transport: Transport): Client {
  return {
    invoke: <N extends OperationName>(name: N, input: InputOf<N>) =>
      transport(name, input) as Promise<ApiResult<OutputOf<N>>>,
  };
}
