import { z } from '../../core/model/zod-nl.js';

/**
 * What went wrong, for the user, in Dutch:
 * - `invalid_input`: the input (or a file in it) cannot be used; `issues` names each field, `field` the first;
 * - `not_found`: a memo, motie, toezegging, version or register that is not there;
 * - `conflict`: the register's state refuses the change (a taken number, a stale revision, a sent version);
 * - `refused`: the register cannot be used as asked (damaged, newer, read-only, busy, a full disk);
 * - `unavailable`: a service outside Raadsnota (a Documenten API) cannot be reached or keeps failing; later may work;
 * - `unknown_operation`: no operation has that name;
 * - `internal`: a fault in Raadsnota itself; never a stack trace.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'refused',
  'unavailable',
  'unknown_operation',
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiIssue = z.object({ path: z.string(), message: z.string() }).strict();

export const ApiError = z
  .object({
    code: ErrorCode,
    message: z.string().describe('Wat er mis is, in het Nederlands, voor de gebruiker'),
    field: z.string().optional().describe('Het eerste veld dat het betreft, zoals secties[2].inhoud'),
    issues: z.array(ApiIssue).optional().describe('Elk probleem met het veld waar het zit'),
  })
  .strict();
export type ApiError = z.infer<typeof ApiError>;

/** What every door gets back from an operation: its output, or the error as a value. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
