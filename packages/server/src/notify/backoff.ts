// When to try an outbound item again after a failed hand-off: exponential
// backoff (base, doubling, capped) with +-20 % jitter so items that failed
// together (an SMTP server down for a minute) do not all come back at once.

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/** The wait after the `attempt`-th failed attempt (1-based); `random` in [0, 1). */
export function retryDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const exponential = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
