import { describe, expect, it } from 'vitest';
import { ingestAll, ingestPoliceUk } from '../../src/ingest/index.js';
import { count, fixture, withStore } from './helpers.js';

describe('ingestPoliceUk', () => {
  it('loads the published header variant, skipping anti-social behaviour', async () => {
    await withStore(async (store) => {
      const seen: { bytesDone: number; bytesTotal: number }[] = [];
      const outcome = await ingestPoliceUk(store, fixture('police-uk', 'bedfordshire'), {
        onProgress: (p) => seen.push(p),
      });
      expect(seen.at(-1)?.bytesDone).toBe(seen.at(-1)?.bytesTotal);
      expect(seen.at(-1)?.bytesTotal).toBeGreaterThan(0);
      expect(outcome.force).toBe('bedfordshire');
      expect(outcome.extractId).toMatch(/^police-uk:2024-04\.\.2024-04:[0-9a-f]{12}$/);
      expect(outcome.files[0]).toMatchObject({
        rowsRead: 20,
        loaded: 18,
        skipped: 2,
        quarantined: 0,
        duplicate: 0,
      });
      const row = await store.one(
        `SELECT occurred_from, date_precision, is_crime, crime_type, address, lsoa_code, latitude,
                json_extract_string(extras, '$.falls_within') AS falls_within
         FROM occurrence WHERE occurrence_ref = $r`,
        { r: '78a8310b48647570624629af326260dc2ce415f4b08a10af3ed2d28d95d29636' },
      );
      expect(row).toMatchObject({
        occurred_from: '2024-04-01 00:00:00',
        date_precision: 'month',
        is_crime: true,
        lsoa_code: expect.stringMatching(/^E0/),
        falls_within: 'Bedfordshire Police',
      });
      const noLsoa = await store.one<{ n: number }>(
        'SELECT count(*) AS n FROM occurrence WHERE lsoa_code IS NULL',
      );
      expect(noLsoa.n).toBe(2);
      // The files cover whole months: the extract's period ends on the month's last day.
      const period = await store.one(
        'SELECT period_from::VARCHAR AS f, period_to::VARCHAR AS t FROM extract',
      );
      expect(period).toEqual({ f: '2024-04-01', t: '2024-04-30' });
    });
  });

  it('refuses a force that is not known, and the same files under a second force', async () => {
    await withStore(async (store) => {
      const folder = fixture('police-uk', 'essex-2018');
      const unknown = await ingestAll(store, [folder], { policeUk: true, force: 'Narnia' });
      expect(unknown.extracts[0]).toMatchObject({ status: 'failed', errorCode: 'INVALID_VALUE' });
      expect(unknown.extracts[0]?.message).toContain('"narnia" is not a known force code');
      // Names are read as codes: "Essex" is essex.
      const essex = await ingestAll(store, [folder], { policeUk: true, force: 'Essex' });
      expect(essex.extracts[0]).toMatchObject({ status: 'loaded', force: 'essex' });
      const kent = await ingestAll(store, [folder], { policeUk: true, force: 'kent' });
      expect(kent.extracts[0]).toMatchObject({ status: 'failed', errorCode: 'CONFLICT' });
      expect(await count(store, 'occurrence')).toBe(15);
    });
  });

  it('loads the snake_case variant with the force given', async () => {
    await withStore(async (store) => {
      const report = await ingestAll(store, [fixture('police-uk', 'essex-2018')], {
        policeUk: true,
        force: 'essex',
      });
      expect(report.extracts[0]?.files[0]).toMatchObject({ rowsRead: 20, loaded: 15, skipped: 5 });
      expect(await count(store, 'occurrence')).toBe(15);
      const again = await ingestAll(store, [fixture('police-uk', 'essex-2018')], {
        policeUk: true,
        force: 'essex',
      });
      expect(again.extracts[0]?.status).toBe('already-loaded');
    });
  });
});
