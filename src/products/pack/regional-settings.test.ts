import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../store/store.js';
import { defaultPackSettings } from './pack-settings.js';
import {
  loadPackSettings,
  loadRegionalSettings,
  parsePackSetting,
  saveRegionalSettings,
} from './regional-settings.js';

let store: Store;
beforeEach(async () => {
  store = await Store.open(':memory:');
});
afterEach(() => store.close());

const at = new Date('2024-05-01T09:30:00Z');

describe('regional settings', () => {
  it('are the built-in defaults until an administrator sets one', async () => {
    const { settings, entries } = await loadRegionalSettings(store);
    expect(settings).toEqual(defaultPackSettings);
    expect(entries.map((e) => [e.key, e.changedBy])).toEqual([
      ['marking', null],
      ['periodMonths', null],
      ['exclusionMonths', null],
      ['ranking', null],
      ['suspectPages', null],
      ['victimPages', null],
    ]);
  });

  it('keep who set each value and when, writing only the values that changed', async () => {
    const values = { marking: 'OFFICIAL', suspectPages: 5, ranking: 'rfg' as const };
    expect(await saveRegionalSettings(store, { values, by: 'adam.admin', at })).toEqual([
      'marking',
      'suspectPages',
    ]);
    const later = new Date('2024-06-02T10:00:00Z');
    const again = { values: { marking: 'OFFICIAL', victimPages: 1 }, by: 'eve.admin', at: later };
    expect(await saveRegionalSettings(store, again)).toEqual(['victimPages']);

    const { settings, entries } = await loadRegionalSettings(store);
    expect(settings).toMatchObject({ marking: 'OFFICIAL', suspectPages: 5, victimPages: 1 });
    expect(entries.find((e) => e.key === 'marking')).toEqual({
      key: 'marking',
      value: 'OFFICIAL',
      defaultValue: 'OFFICIAL-SENSITIVE',
      changedBy: 'adam.admin',
      changedAt: '2024-05-01 09:30:00',
    });
    expect(entries.find((e) => e.key === 'victimPages')?.changedBy).toBe('eve.admin');
    expect(entries.find((e) => e.key === 'ranking')?.changedBy).toBeNull();
  });

  it('refuse a set that breaks a packSettings() rule, storing nothing of it', async () => {
    const bad = { values: { marking: 'OFFICIAL', periodMonths: 0 }, by: 'adam.admin', at };
    await expect(saveRegionalSettings(store, bad)).rejects.toThrow(
      /periodMonths must be a whole number 1-60; got 0/,
    );
    const tooLong = { values: { marking: 'X'.repeat(101) }, by: 'adam.admin', at };
    await expect(saveRegionalSettings(store, tooLong)).rejects.toThrow(/at most 100/);
    const twoLines = { values: { marking: 'OFFICIAL\nSECRET' }, by: 'adam.admin', at };
    await expect(saveRegionalSettings(store, twoLines)).rejects.toThrow(/one line/);
    expect((await loadRegionalSettings(store)).settings).toEqual(defaultPackSettings);
  });

  it('store hostile text verbatim, as a bound parameter', async () => {
    const marking = `OFFICIAL'); DROP TABLE regional_setting; -- "<b>"`;
    await saveRegionalSettings(store, { values: { marking }, by: "o'brien", at });
    const { settings, entries } = await loadRegionalSettings(store);
    expect(settings.marking).toBe(marking);
    expect(entries[0]?.changedBy).toBe("o'brien");
  });

  it('are the defaults of a pack, under the overrides of a run', async () => {
    await saveRegionalSettings(store, {
      values: { marking: 'OFFICIAL', ranking: 'harm' },
      by: 'adam.admin',
      at,
    });
    expect(await loadPackSettings(store, { ranking: 'occurrences' })).toMatchObject({
      marking: 'OFFICIAL',
      ranking: 'occurrences',
      periodMonths: 6,
    });
  });

  it('report a stored value that breaks a rule, and let it be set again', async () => {
    await store.run(`INSERT INTO regional_setting
      VALUES ('periodMonths', '0', 'someone', TIMESTAMP '2024-01-01')`);
    await expect(loadPackSettings(store)).rejects.toThrow(
      /periodMonths must be a whole number 1-60; got 0 \(a stored regional setting\); set it again/,
    );
    await saveRegionalSettings(store, { values: { periodMonths: 3 }, by: 'adam.admin', at });
    expect((await loadPackSettings(store)).periodMonths).toBe(3);
  });

  it('report an unknown stored setting rather than ignore it', async () => {
    await store.run(
      `INSERT INTO regional_setting VALUES ('colour', '"red"', 'someone', TIMESTAMP '2024-01-01')`,
    );
    await expect(loadRegionalSettings(store)).rejects.toThrow(/unknown regional setting "colour"/);
  });
});

describe('parsePackSetting', () => {
  it('reads a command-line value as its setting type', () => {
    expect(parsePackSetting('marking', 'OFFICIAL')).toEqual({ marking: 'OFFICIAL' });
    expect(parsePackSetting('suspectPages', ' 4 ')).toEqual({ suspectPages: 4 });
    expect(() => parsePackSetting('suspectPages', 'four')).toThrow(/whole number/);
    expect(() => parsePackSetting('colour', 'red')).toThrow(/unknown setting "colour"; use one/);
  });
});
