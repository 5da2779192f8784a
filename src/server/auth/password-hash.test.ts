import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hash.js';

const cheap = { N: 1024, r: 8, p: 1 };

describe('password hash', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('a long pass phrase', cheap);
    const b = await hashPassword('a long pass phrase', cheap);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('a long pass phrase', a)).toBe(true);
    expect(await verifyPassword('a long pass phrasE', a)).toBe(false);
  });

  it('refuses a malformed stored hash', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});
