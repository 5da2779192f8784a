/** Limits of the sign-in throttle. */
export interface LoginLimits {
  /** Failures allowed before the backoff starts (default 5). */
  freeFailures: number;
  /** First lock-out once past the free failures, doubling with each further failure. */
  baseDelayMs: number;
  /** Longest lock-out (default 15 minutes). */
  maxDelayMs: number;
  /** Failures older than this are forgotten (default 15 minutes). */
  windowMs: number;
}

/** The default sign-in limits. */
export const defaultLoginLimits: LoginLimits = {
  freeFailures: 5,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60 * 1000,
  windowMs: 15 * 60 * 1000,
};

interface Tally {
  failures: number;
  lastFailure: number;
}

/**
 * Throttles sign-in per username and per client address, with exponential backoff: after
 * `freeFailures` failures a key is locked for base * 2^(extra failures), up to the maximum.
 * Held in memory: a restart forgets it, and several server processes would each keep their own.
 */
export class LoginLimiter {
  private readonly tallies = new Map<string, Tally>();

  constructor(
    private readonly limits: LoginLimits = defaultLoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until these keys may try again; 0 when they may try now. */
  retryAfterMs(keys: readonly string[]): number {
    return Math.max(0, ...keys.map((k) => this.waitFor(k)));
  }

  /** Counts a failed attempt against every key. */
  fail(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) {
      const tally = this.current(key);
      this.tallies.set(key, { failures: (tally?.failures ?? 0) + 1, lastFailure: now });
    }
  }

  /** Clears the keys after a successful sign-in. */
  succeed(keys: readonly string[]): void {
    for (const key of keys) this.tallies.delete(key);
  }

  private current(key: string): Tally | undefined {
    const tally = this.tallies.get(key);
    if (tally !== undefined && this.now() - tally.lastFailure > this.limits.windowMs) {
      this.tallies.delete(key);
      return undefined;
    }
    return tally;
  }

  private waitFor(key: string): number {
    const tally = this.current(key);
    if (tally === undefined) return 0;
    const extra = tally.failures - this.limits.freeFailures;
    if (extra < 0) return 0;
    const delay = Math.min(this.limits.baseDelayMs * 2 ** extra, this.limits.maxDelayMs);
    return Math.max(0, tally.lastFailure + delay - this.now());
  }
}
