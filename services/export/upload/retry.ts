/** How often and how patiently a request is tried: the waiting is given, so that a test need not wait. */
export interface RetryPolicy {
  /** Tries in all, the first one included. */
  pogingen: number;
  /** The first wait, in ms; each next one doubles, up to `maxWachtMs`. */
  basisMs: number;
  maxWachtMs: number;
  wacht: (ms: number) => Promise<void>;
  /** A number in [0, 1), for the jitter. */
  random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  pogingen: 4,
  basisMs: 500,
  maxWachtMs: 20_000,
  wacht: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** What one try came to: done, or failed in a way that another try may mend (with the API's own wait, if it said one). */
export type Attempt<T> = { klaar: T } | { opnieuw: Error; wachtMs?: number | undefined };

/**
 * Tries `attempt` until it is done or the tries are used up, waiting in between with exponential backoff and full
 * jitter (so that many clients that failed together do not return together), or as long as the API asked
 * (Retry-After), never longer than `maxWachtMs`. What is not worth another try is thrown by `attempt` itself; after
 * the last try, its error is thrown with the number of tries.
 */
export async function withRetries<T>(
  attempt: (poging: number) => Promise<Attempt<T>>,
  policy: RetryPolicy,
  failed: (last: Error, pogingen: number) => Error,
): Promise<T> {
  let last: Error | undefined;
  for (let poging = 1; poging <= policy.pogingen; poging++) {
    const result = await attempt(poging);
    if ('klaar' in result) return result.klaar;
    last = result.opnieuw;
    if (poging === policy.pogingen) break;
    const backoff = policy.random() * policy.basisMs * 2 ** (poging - 1);
    await policy.wacht(Math.min(result.wachtMs ?? backoff, policy.maxWachtMs));
  }
  throw failed(last ?? new Error('geen poging gedaan'), policy.pogingen);
}

/** Retry-After as a wait in ms: seconds, or an HTTP date. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
