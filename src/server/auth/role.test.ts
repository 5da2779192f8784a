import { describe, expect, it } from 'vitest';
import { forceScope, noForceScope, type SessionUser } from './role.js';

const user = (role: SessionUser['role'], force: string | null): SessionUser => ({
  userId: 'u1',
  username: 'someone',
  role,
  force,
});

describe('forceScope', () => {
  it("limits an analyst to their force and gives the regional roles every force's", () => {
    expect(forceScope(user('analyst', 'kent'))).toBe('kent');
    expect(forceScope(user('regional-analyst', null))).toBeNull();
    expect(forceScope(user('supervisor', null))).toBeNull();
  });

  it('fails closed: an analyst with no force matches no force rather than every force', () => {
    expect(forceScope(user('analyst', null))).toBe(noForceScope);
    expect(forceScope(user('analyst', ''))).toBe(noForceScope);
    expect(noForceScope).not.toMatch(/^[a-z0-9-]{2,40}$/);
  });
});
