import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.js';

const limits = { freeFailures: 2, baseDelayMs: 1000, maxDelayMs: 8000, windowMs: 60_000 };

describe('LoginLimiter', () => {
  it('backs off exponentially past the free failures, capped, per key', () => {
    let now = 0;
    const limiter = new LoginLimiter(limits, () => now);
    limiter.fail(['user:a']);
    expect(limiter.retryAfterMs(['user:a'])).toBe(0);
    limiter.fail(['user:a']);
    expect(limiter.retryAfterMs(['user:a'])).toBe(1000);
    limiter.fail(['user:a']);
    expect(limiter.retryAfterMs(['user:a'])).toBe(2000);
    for (let i = 0; i < 5; i++) limiter.fail(['user:a']);
    expect(limiter.retryAfterMs(['user:a'])).toBe(8000);
    expect(limiter.retryAfterMs(['user:b'])).toBe(0);
    now = 8000;
    expect(limiter.retryAfterMs(['user:a'])).toBe(0);
  });

  it('forgets failures after the window and on success', () => {
    let now = 0;
    const limiter = new LoginLimiter(limits, () => now);
    limiter.fail(['ip:x']);
    limiter.fail(['ip:x']);
    now = 61_000;
    limiter.fail(['ip:x']);
    expect(limiter.retryAfterMs(['ip:x'])).toBe(0);
    limiter.fail(['ip:x']);
    limiter.succeed(['ip:x']);
    expect(limiter.retryAfterMs(['ip:x'])).toBe(0);
  });
});
