import type { ErrorCode } from '../contract/api-error.js';

/**
 * The HTTP status of each error code, for tools that read only the status (curl -f, a log); a client reads `code`.
 * Input the schema refuses is 422 (the JSON was read, its content cannot be used); 400 is kept for a body that is
 * no JSON at all. A register that cannot be used as asked (damaged, newer, read-only, busy) is 503: the server
 * cannot serve the operation now, which is not the caller's conflict with the register's content (409).
 */
export const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 422,
  not_found: 404,
  conflict: 409,
  refused: 503,
  // The server stands between the caller and an outside API that failed: a bad gateway, not the server's own fault.
  unavailable: 502,
  unknown_operation: 404,
  internal: 500,
};

/** The refusals of the server itself, before any operation runs, each with its status and error code. */
export const REFUSALS = {
  badJson: { status: 400, code: 'invalid_input' },
  noToken: { status: 401, code: 'refused' },
  foreign: { status: 403, code: 'refused' },
  method: { status: 405, code: 'refused' },
  tooLarge: { status: 413, code: 'invalid_input' },
  notJson: { status: 415, code: 'invalid_input' },
} as const satisfies Record<string, { status: number; code: ErrorCode }>;

/** The largest request body: a list of 10,000 rows sent as base64 fits with room to spare. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;
