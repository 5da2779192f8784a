import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { apiGet } from './api/api-client.js';
import type { VawgProfile } from './api/api-types.js';
import { emptyFilter, profileQuery, type ProfileFilter } from './profile-query.js';

interface ProfileState {
  filter: ProfileFilter;
  setFilter: (filter: ProfileFilter) => void;
  profiles: VawgProfile[] | null;
  loading: boolean;
  error: unknown;
  /** Location types seen in any profile so far, so an excluded type can be put back. */
  knownLocations: string[];
  load: (filter: ProfileFilter) => Promise<void>;
}

const ProfileContext = createContext<ProfileState | null>(null);

/** Holds the profile filter and the loaded profiles, shared by the profile pages. */
export function ProfileProvider({ children }: { children: ReactNode }) {
  const [filter, setFilter] = useState<ProfileFilter>(emptyFilter);
  const [profiles, setProfiles] = useState<VawgProfile[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [knownLocations, setKnown] = useState<string[]>([]);

  const load = useCallback(async (next: ProfileFilter) => {
    setFilter(next);
    setLoading(true);
    setError(null);
    try {
      const body = await apiGet<{ profiles: VawgProfile[] }>('/api/profile', profileQuery(next));
      setProfiles(body.profiles);
      const seen = body.profiles.flatMap((p) => p.byLocationType.map((l) => l.label));
      setKnown((old) => [...new Set([...old, ...seen, ...Object.keys(next.locations)])].sort());
    } catch (caught) {
      setError(caught);
      setProfiles(null);
    } finally {
      setLoading(false);
    }
  }, []);

  const value = { filter, setFilter, profiles, loading, error, knownLocations, load };
  return <ProfileContext.Provider value={value}>{children}</ProfileContext.Provider>;
}

/** The shared profile state; use inside ProfileProvider. */
export function useProfile(): ProfileState {
  const state = useContext(ProfileContext);
  if (state === null) throw new Error('useProfile outside ProfileProvider');
  return state;
}
