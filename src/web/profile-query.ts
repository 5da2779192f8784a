import type { QueryValues } from './api/api-client.js';
import { parseDay } from './format/dates.js';

/** How a location type takes part in the profile: all, only these, or left out. */
export type LocationMode = 'any' | 'only' | 'exclude';

/** The profile filter as the analyst sets it (dates as typed, dd/mm/yyyy). */
export interface ProfileFilter {
  forces: string[];
  from: string;
  to: string;
  locations: Record<string, LocationMode>;
  top: number;
  mafbEscalationMonths: string;
  mafbMinVawg: string;
  mafbLatestAddressOnly: boolean;
  mafbPreviousVawgInForce: boolean;
  purpose: string;
}

/** The filter a first visit starts with: no force yet, default period and settings. */
export const emptyFilter: ProfileFilter = {
  forces: [],
  from: '',
  to: '',
  locations: {},
  top: 10,
  mafbEscalationMonths: '',
  mafbMinVawg: '',
  mafbLatestAddressOnly: false,
  mafbPreviousVawgInForce: false,
  purpose: '',
};

function locationsWith(filter: ProfileFilter, mode: LocationMode): string | undefined {
  const names = Object.entries(filter.locations)
    .filter(([, m]) => m === mode)
    .map(([name]) => name);
  return names.length === 0 ? undefined : names.join(',');
}

/** Why the filter cannot be sent yet, or null when it can. */
export function filterProblem(filter: ProfileFilter): string | null {
  if (filter.forces.length === 0) return 'Select at least one force.';
  if (parseDay(filter.from) === null) return 'The start date is not a real date (dd/mm/yyyy).';
  if (parseDay(filter.to) === null) return 'The end date is not a real date (dd/mm/yyyy).';
  if (filter.purpose.trim().length < 5) return 'State the purpose (at least 5 characters).';
  return null;
}

/** The /api/profile query of a filter that has no problem. */
export function profileQuery(filter: ProfileFilter): QueryValues {
  return {
    forces: filter.forces.join(','),
    from: parseDay(filter.from) ?? undefined,
    to: parseDay(filter.to) ?? undefined,
    locationInclude: locationsWith(filter, 'only'),
    locationExclude: locationsWith(filter, 'exclude'),
    top: filter.top,
    mafbEscalationMonths: filter.mafbEscalationMonths,
    mafbMinVawg: filter.mafbMinVawg,
    mafbLatestAddressOnly: filter.mafbLatestAddressOnly ? 'true' : undefined,
    mafbPreviousVawgInForce: filter.mafbPreviousVawgInForce ? 'true' : undefined,
    purpose: filter.purpose.trim(),
  };
}
