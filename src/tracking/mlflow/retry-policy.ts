export interface RetryOptions {
  /** Tries in all, the first included (default 5). */
  maxAttempts?: number;
  /** The ceiling of the first backoff (default 500 ms); it doubles with every retry. */
  baseDelayMs?: number;
  /** The largest single wait (default 10 s). */
  maxDelayMs?: number;
  /** Stop retrying once the waits would add up to more than this (default 60 s). */
  maxTotalWaitMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  maxTotalWaitMs: 60_000,
};

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY, ...options };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new RangeError(`retry.maxAttempts must be a positive integer, got ${policy.maxAttempts}`);
  }
  for (const key of ["baseDelayMs", "maxDelayMs", "maxTotalWaitMs"] as const) {
    if (!(policy[key] >= 0)) throw new RangeError(`retry.${key} must be zero or more, got ${policy[key]}`);
  }
  return policy;
}

/**
 * The wait before retry number `retry` (1 for the first retry): "full jitter", a uniform draw between zero
 * and the exponential ceiling, so many clients failing together do not come back together. A server's
 * Retry-After raises the wait to at least what it asked for, within `maxDelayMs`.
 */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const jittered = Math.floor(random() * ceiling);
  if (retryAfterMs === undefined) return jittered;
  return Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs));
}

/** A Retry-After header (seconds or an HTTP date) in milliseconds from `now`, if it is usable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(text.trim())) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
