import { z } from 'zod';
import type { ApiResult } from '../../api/contract/api-error.js';

/**
 * What the main process and the register's utility process say to each other: a call by id, and its answer by the
 * same id. Checked on arrival, because the two are separate processes and either side may be a version behind.
 */
export const HostRequest = z.object({ id: z.number().int(), name: z.string(), input: z.unknown() });
export type HostRequest = z.infer<typeof HostRequest>;

export const HostAnswer = z.object({
  id: z.number().int(),
  result: z.custom<ApiResult<unknown>>(
    (value) =>
      typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean',
  ),
});
export type HostAnswer = z.infer<typeof HostAnswer>;

/**
 * The register's process asks the main process for a secret by name, and gets it (or none) by the same number: only
 * the main process can decrypt with safeStorage, and it sends a secret only when an operation needs it.
 */
export const SecretRequest = z.object({ geheim: z.number().int(), naam: z.string() }).strict();
export type SecretRequest = z.infer<typeof SecretRequest>;

export const SecretAnswer = z.object({ geheim: z.number().int(), waarde: z.string().optional() }).strict();
export type SecretAnswer = z.infer<typeof SecretAnswer>;
