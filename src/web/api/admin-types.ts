// The shapes of the administrators' API routes (accounts and regional settings), declared
// here as api-types.ts declares the analysts' ones: no server code in the browser bundle.
import type { Role, SessionUser } from './api-types.js';

/** An account as GET /api/users lists it. `createdAt` is UTC `yyyy-mm-dd hh:mm:ss`. */
export interface AppUser extends SessionUser {
  identityProvider: string;
  createdAt: string;
  disabled: boolean;
}

/** Every role, in the order the forms offer them. */
export const roleNames: readonly Role[] = [
  'analyst',
  'regional-analyst',
  'supervisor',
  'administrator',
];

/** How suspects (and victims) are ranked in a pack. */
export type PackRanking = 'rfg' | 'occurrences' | 'harm';

/** The pack settings: the defaults every pack of the region is made with. */
export interface PackSettings {
  marking: string;
  periodMonths: number;
  exclusionMonths: number;
  ranking: PackRanking;
  suspectPages: number;
  victimPages: number;
}

/** One regional setting and who set it last (null while it keeps its default). */
export interface RegionalSetting {
  key: keyof PackSettings;
  value: string | number;
  defaultValue: string | number;
  changedBy: string | null;
  /** UTC `yyyy-mm-dd hh:mm:ss`. */
  changedAt: string | null;
}

/** GET /api/settings. */
export interface RegionalSettings {
  settings: PackSettings;
  entries: RegionalSetting[];
}
