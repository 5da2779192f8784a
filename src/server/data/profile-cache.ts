import type { ProfileOptions, VawgProfile } from '../../products/profile/profile-types.js';
import type { Store } from '../../store/store.js';

/** How many built profiles each store keeps (least recently used go first). */
export const profileCacheSize = 64;

const caches = new WeakMap<Store, Map<string, Promise<VawgProfile>>>();

/**
 * The profile of `options` over `store`, built once by `build` and then served from memory.
 * Safe because a running server holds the store file as its only writer and never changes
 * records, so a profile (whose default period follows the data, not the clock) cannot go
 * stale; a new server starts empty. Requests arriving while a profile is being built wait
 * for that build; a failed build is forgotten, so the next request tries again.
 */
export function cachedProfile(
  store: Store,
  options: ProfileOptions,
  build: () => Promise<VawgProfile>,
): Promise<VawgProfile> {
  let cache = caches.get(store);
  if (cache === undefined) {
    cache = new Map();
    caches.set(store, cache);
  }
  const key = JSON.stringify(options);
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const built = build();
  remember(cache, key, built);
  return built;
}

function remember(cache: Map<string, Promise<VawgProfile>>, key: string, built: Promise<VawgProfile>) {
  cache.set(key, built);
  built.catch(() => {
    if (cache.get(key) === built) cache.delete(key);
  });
  for (const oldest of cache.keys()) {
    if (cache.size <= profileCacheSize) break;
    cache.delete(oldest);
  }
}
