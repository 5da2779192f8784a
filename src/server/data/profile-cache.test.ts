import { describe, expect, it } from 'vitest';
import type { ProfileOptions, VawgProfile } from '../../products/profile/profile-types.js';
import type { Store } from '../../store/store.js';
import { cachedProfile, profileCacheSize } from './profile-cache.js';

const fakeStore = () => ({}) as Store;
const profileOf = (force: string) => ({ kind: 'vawg-profile', force }) as VawgProfile;

function counter() {
  const calls: string[] = [];
  const build = (options: ProfileOptions) => () => {
    calls.push(options.force);
    return Promise.resolve(profileOf(options.force));
  };
  return { calls, build };
}

describe('cachedProfile', () => {
  it('builds each force and options once per store', async () => {
    const store = fakeStore();
    const { calls, build } = counter();
    const essex = { force: 'essex' };
    const kent = { force: 'kent', top: 5 };
    await Promise.all([
      cachedProfile(store, essex, build(essex)),
      cachedProfile(store, essex, build(essex)),
    ]);
    await cachedProfile(store, kent, build(kent));
    expect((await cachedProfile(store, essex, build(essex))).force).toBe('essex');
    await cachedProfile(fakeStore(), essex, build(essex));
    expect(calls).toEqual(['essex', 'kent', 'essex']);
  });

  it('forgets a failed build', async () => {
    const store = fakeStore();
    const failing = () => Promise.reject(new Error('boom'));
    await expect(cachedProfile(store, { force: 'essex' }, failing)).rejects.toThrow('boom');
    const again = await cachedProfile(store, { force: 'essex' }, () =>
      Promise.resolve(profileOf('essex')),
    );
    expect(again.force).toBe('essex');
  });

  it('drops the least recently used profile beyond its size', async () => {
    const store = fakeStore();
    const { calls, build } = counter();
    const forces = Array.from({ length: profileCacheSize + 1 }, (_, i) => ({ force: `f${i}` }));
    for (const o of forces) await cachedProfile(store, o, build(o));
    await cachedProfile(store, forces[0]!, build(forces[0]!));
    await cachedProfile(store, forces[profileCacheSize]!, build(forces[profileCacheSize]!));
    expect(calls.length).toBe(profileCacheSize + 2);
  });
});
