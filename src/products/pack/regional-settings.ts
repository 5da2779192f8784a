import { isToexError, ToexError } from '../../core/errors.js';
import type { Store } from '../../store/store.js';
import {
  defaultPackSettings,
  packSettings,
  settingRanges,
  type PackSettings,
} from './pack-settings.js';

/** The name of one pack setting: a field of PackSettings. */
export type PackSettingKey = keyof PackSettings;

/** Every pack setting, in the order `toex settings show` and the web app list them. */
export const packSettingKeys: readonly PackSettingKey[] = [
  'marking',
  'periodMonths',
  'exclusionMonths',
  'ranking',
  'suspectPages',
  'victimPages',
];

/** The settings held as text; the others are whole numbers. */
const textKeys: readonly PackSettingKey[] = ['marking', 'ranking'];

/** One regional setting: its value in force, its built-in default and who set it last. */
export interface RegionalSetting {
  key: PackSettingKey;
  value: string | number;
  defaultValue: string | number;
  /** Who set it last: an account's username, or `cli:<name>`; null while never set. */
  changedBy: string | null;
  /** When it was last set, UTC `yyyy-mm-dd hh:mm:ss`; null while never set. */
  changedAt: string | null;
}

/** The regional settings: the pack settings in force, and who set each one. */
export interface RegionalSettings {
  settings: PackSettings;
  entries: RegionalSetting[];
}

/** A change of regional settings: the new values, who makes it, and when (default now). */
export interface RegionalSettingsChange {
  values: Partial<PackSettings>;
  /** Stored as `changed_by`: an account's username, or `cli:<name>`. */
  by: string;
  at?: Date;
}

interface RegionalSettingRow {
  setting_key: string;
  value: string;
  changed_by: string;
  changed_at: string;
}

/** True when `key` names a pack setting. */
export function isPackSettingKey(key: string): key is PackSettingKey {
  return (packSettingKeys as readonly string[]).includes(key);
}

/**
 * Loads the regional settings: the built-in defaults overlaid with the stored values, checked
 * as packSettings() checks them. A stored value that breaks a rule is INVALID_VALUE naming
 * the setting, so a bad store is reported rather than quietly replaced by a default.
 */
export async function loadRegionalSettings(store: Store): Promise<RegionalSettings> {
  const rows = await readRows(store);
  const settings = checkedStored(overlay(rows));
  const byKey = new Map(rows.map((r) => [r.setting_key, r]));
  const entries = packSettingKeys.map((key) => ({
    key,
    value: settings[key],
    defaultValue: defaultPackSettings[key],
    changedBy: byKey.get(key)?.changed_by ?? null,
    changedAt: byKey.get(key)?.changed_at ?? null,
  }));
  return { settings, entries };
}

/**
 * The pack settings in force: the built-in defaults, then the stored regional settings, then
 * `overrides` (command-line flags, a request's ranking), checked by packSettings().
 *
 * @example
 * const settings = await loadPackSettings(store, { ranking: 'harm' });
 * // SELECT setting_key, value, changed_by, changed_at FROM regional_setting
 */
export async function loadPackSettings(
  store: Store,
  overrides: Partial<PackSettings> = {},
): Promise<PackSettings> {
  const { settings } = await loadRegionalSettings(store);
  return packSettings({ ...settings, ...definedValues(overrides) });
}

/**
 * Stores new regional settings once the whole resulting set passes packSettings(): all land
 * or none do. Only values that differ from those in force are written, each with who and
 * when. Returns the keys that changed, in `packSettingKeys` order (empty when none did).
 *
 * @example
 * await saveRegionalSettings(store, { values: { marking: 'OFFICIAL' }, by: 'adam.admin' });
 * // INSERT INTO regional_setting (...) VALUES (?, ?::JSON, ?, ?::TIMESTAMP)
 * //   ON CONFLICT (setting_key) DO UPDATE SET value = excluded.value, ...
 */
export async function saveRegionalSettings(
  store: Store,
  change: RegionalSettingsChange,
): Promise<PackSettingKey[]> {
  const by = checkedBy(change.by);
  const values = definedValues(change.values);
  const at = sqlTimestamp(change.at ?? new Date());
  return store.transaction(async () => {
    const rows = await readRows(store);
    // The settings being replaced are not read back, so a bad stored value can be corrected.
    const kept = checkedStored(overlay(rows.filter((r) => !(r.setting_key in values))));
    const next = packSettings({ ...kept, ...values });
    const before = new Map(rows.map((r) => [r.setting_key, parseJson(r.value)]));
    const changed = packSettingKeys.filter(
      (key) =>
        key in values &&
        (before.has(key) ? before.get(key) : defaultPackSettings[key]) !== next[key],
    );
    for (const key of changed) await store.run(upsertSql, [key, JSON.stringify(next[key]), by, at]);
    return changed;
  });
}

/**
 * Reads the VALUE of `toex settings set KEY VALUE` as the setting's type. Only the type is
 * checked here; the rules (ranges, rankings) are packSettings()'s, applied on save.
 */
export function parsePackSetting(key: string, text: string): Partial<PackSettings> {
  if (!isPackSettingKey(key))
    throw new ToexError(
      'INVALID_VALUE',
      `unknown setting "${key}"; use one of ${packSettingKeys.join(', ')}`,
    );
  if (textKeys.includes(key)) return { [key]: text };
  if (!/^\s*\d+\s*$/.test(text)) {
    const [min, max] = settingRanges[key as keyof typeof settingRanges];
    throw new ToexError('INVALID_VALUE', `setting ${key} must be a whole number ${min}-${max}`);
  }
  return { [key]: Number(text) };
}

const fixHint = 'set it again with `toex settings set KEY VALUE` or on the Administration page';

const upsertSql = `INSERT INTO regional_setting (setting_key, value, changed_by, changed_at)
  VALUES (?, ?::JSON, ?, ?::TIMESTAMP)
  ON CONFLICT (setting_key) DO UPDATE SET value = excluded.value,
    changed_by = excluded.changed_by, changed_at = excluded.changed_at`;

function readRows(store: Store): Promise<RegionalSettingRow[]> {
  return store.query<RegionalSettingRow>(
    `SELECT setting_key, value::VARCHAR AS value, changed_by, changed_at
     FROM regional_setting ORDER BY setting_key`,
  );
}

/** The stored values, each of its setting's type; an unknown key or a wrong type is reported. */
function overlay(rows: readonly RegionalSettingRow[]): Partial<PackSettings> {
  const values: Record<string, unknown> = {};
  for (const row of rows) {
    const key = row.setting_key;
    if (!isPackSettingKey(key))
      throw new ToexError(
        'INVALID_VALUE',
        `the store holds an unknown regional setting "${key}"; expected one of ` +
          `${packSettingKeys.join(', ')}; delete that row of regional_setting`,
      );
    const value = parseJson(row.value);
    if (typeof value !== (textKeys.includes(key) ? 'string' : 'number'))
      throw new ToexError('INVALID_VALUE', storedProblem(key));
    values[key] = value;
  }
  return values;
}

function checkedStored(values: Partial<PackSettings>): PackSettings {
  try {
    return packSettings(values);
  } catch (error) {
    if (!isToexError(error, 'INVALID_VALUE')) throw error;
    throw new ToexError(
      'INVALID_VALUE',
      `${error.message} (a stored regional setting); ${fixHint}`,
      { cause: error },
    );
  }
}

function storedProblem(key: PackSettingKey): string {
  return `the stored regional setting ${key} is not of its type; ${fixHint}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The known settings of `values` that are set (undefined ones dropped). */
function definedValues(values: Partial<PackSettings>): Partial<PackSettings> {
  const out: Record<string, unknown> = {};
  for (const key of packSettingKeys) if (values[key] !== undefined) out[key] = values[key];
  return out;
}

function checkedBy(by: string): string {
  const name = by.trim();
  if (name === '' || name.length > 100)
    throw new ToexError('INVALID_VALUE', 'say who changes the settings (1-100 characters)');
  return name;
}

function sqlTimestamp(at: Date): string {
  return at.toISOString().slice(0, 19).replace('T', ' ');
}
