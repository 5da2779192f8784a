import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/products/profile/build-profile.js';
import { renderProfileHtml, renderProfileJson } from '../../src/products/profile/render-profile.js';
import { hostileStreet, kentStore } from './profile-fixture.js';

describe('VAWG force profile (hand-made Kent data)', () => {
  it('defaults to the last six complete months and counts the headline figures', async () => {
    await using store = await kentStore({ linked: true });
    const p = await buildProfile(store, { force: 'kent' });
    // Data ends 30/04/2024, the last day of April, so April is complete: Nov..Apr.
    expect(p.period).toEqual({
      from: '2023-11-01',
      to: '2024-04-30',
      basis: 'last-six-complete-months',
      dataEnd: '2024-04-30',
    });
    // VAWG in period: k1, k2, k3 (female victim), k4, k7 = 5; k5 (male victim) is not VAWG.
    // Crimes: all but k3 = 4. Open: k1, k3 = 2. Victims: V-1 (vF + vF2) and vG = 2 people.
    // Suspects: s1, s2 = 2. Harm: 10 + 2555 + 10 + 10 = 2585 known; k3 (8N) unknown.
    expect(p.headline).toEqual({
      occurrences: 5,
      crimes: 4,
      open: 2,
      victims: 2,
      suspects: 2,
      harmDays: 2585,
      harmUnknown: 1,
    });
    // 5 occurrences / 2,000 people (2019, the latest year) x 1,000 = 2.5
    expect(p.rate).toEqual({
      occurrences: 5,
      population: 2000,
      populationYear: 2019,
      per1000: 2.5,
    });
  });

  it('counts people by person_id: two records of one person count once', async () => {
    await using unlinked = await kentStore({ linked: false });
    // vF and vF2 unresolved: three victims.
    expect((await buildProfile(unlinked, { force: 'kent' })).headline.victims).toBe(3);
    await using linked = await kentStore({ linked: true });
    const p = await buildProfile(linked, { force: 'kent' });
    expect(p.headline.victims).toBe(2);
    // V-1 is on k1, k2 (as vF) and k4 (as vF2): 3 occurrences.
    expect(p.victims.byOccurrences.map((v) => [v.personId, v.occurrences])).toEqual([
      ['V-1', 3],
      ['kent:vG', 1],
    ]);
  });

  it('compares year to date with the previous year to date across 1 April', async () => {
    await using store = await kentStore({ linked: true });
    const p = await buildProfile(store, { force: 'kent' });
    // YTD 01/04/2024..30/04/2024: k4 only (k7 on 31/03/2024 is last year) = 1.
    // Previous 01/04/2023..30/04/2023: k8 (01/04) and k6 (15/04); k9 (31/03) is out = 2.
    // Change (1 - 2) / 2 = -50%.
    expect(p.yearToDate).toEqual({
      counts: 'VAWG occurrences',
      yearStartMonth: 4,
      current: { from: '2024-04-01', to: '2024-04-30', occurrences: 1 },
      previous: { from: '2023-04-01', to: '2023-04-30', occurrences: 2 },
      changePercent: -50,
    });
    // A January year start: 01/01/2024..30/04/2024 holds k3, k7, k4 = 3; the year before
    // 01/01/2023..30/04/2023 holds k9, k8, k6 = 3; change 0%.
    const jan = await buildProfile(store, { force: 'kent', yearStartMonth: 1 });
    expect([jan.yearToDate.current.occurrences, jan.yearToDate.previous.occurrences]).toEqual([
      3, 3,
    ]);
    expect(jan.yearToDate.changePercent).toBe(0);
    // The JSON's whole per cent is what the HTML summary prints.
    expect(JSON.parse(renderProfileJson(p)).yearToDate.changePercent).toBe(-50);
    expect(renderProfileHtml(p)).toContain('<div class="value">-50%</div>');
    // Months: April 2024 has k4; its previous-year month holds k6 and k8.
    expect(p.byMonth.at(-1)).toEqual({ month: '2024-04', occurrences: 1, previousYear: 2 });
    expect(p.byMonth).toHaveLength(12);
  });

  it('breaks occurrences down by classification and location type, with filters', async () => {
    await using store = await kentStore({ linked: true });
    const p = await buildProfile(store, { force: 'kent' });
    // Level 1: k1, k3, k4, k7 violence against the person (4); k2 sexual offences (1).
    expect(p.byClassification.level1.map((r) => [r.level1, r.occurrences])).toEqual([
      ['Violence against the person', 4],
      ['Sexual offences', 1],
    ]);
    // Level 2: 8L x3 stalking and harassment; 19C rape; 8N violence without injury.
    expect(p.byClassification.level2.map((r) => [r.level2, r.occurrences])).toEqual([
      ['Stalking and harassment', 3],
      ['Rape', 1],
      ['Violence without injury', 1],
    ]);
    // Level 3 within level 2: 8L harassment (k1, k4, k7); 19C rape of a female (k2); 8N
    // common assault (k3). Ties at 1 sort by level 1: Sexual offences before Violence.
    expect(p.byClassification.level3).toEqual([
      {
        level1: 'Violence against the person',
        level2: 'Stalking and harassment',
        level3: 'Harassment',
        occurrences: 3,
      },
      { level1: 'Sexual offences', level2: 'Rape', level3: 'Rape of a female', occurrences: 1 },
      {
        level1: 'Violence against the person',
        level2: 'Violence without injury',
        level3: 'Common assault',
        occurrences: 1,
      },
    ]);
    expect(p.byLocationType).toEqual([
      { label: 'Dwelling', occurrences: 2 },
      { label: 'Street', occurrences: 2 },
      { label: 'Not recorded', occurrences: 1 },
    ]);
    // Excluding dwellings leaves k2, k3 and k7 (no location type is kept by an exclude).
    const ex = await buildProfile(store, { force: 'kent', locationTypesExclude: ['dwelling'] });
    expect(ex.headline.occurrences).toBe(3);
    // Only streets: k2 and k3.
    const inc = await buildProfile(store, { force: 'kent', locationTypesInclude: ['STREET'] });
    expect(inc.byLocationType).toEqual([{ label: 'Street', occurrences: 2 }]);
    expect(inc.headline.occurrences).toBe(2);
  });

  it('ranks hotspot districts and sectors down to their streets', async () => {
    await using store = await kentStore({ linked: true });
    const p = await buildProfile(store, { force: 'kent' });
    // ME1: k1, k2, k4 = 3 (High Street 2, Low Lane 1); ME2: k3 = 1; k7 has no postcode.
    expect(p.hotspots.districts).toEqual([
      {
        rank: 1,
        area: 'ME1',
        occurrences: 3,
        streets: [
          { street: 'On or near High Street', occurrences: 2 },
          { street: 'On or near Low Lane', occurrences: 1 },
        ],
      },
      {
        rank: 2,
        area: 'ME2',
        occurrences: 1,
        streets: [{ street: hostileStreet, occurrences: 1 }],
      },
    ]);
    // Sectors: ME1 1 has k1, k4 = 2; ME1 2 and ME2 1 tie at rank 2 with 1 each.
    expect(p.hotspots.sectors.map((s) => [s.rank, s.area, s.occurrences])).toEqual([
      [1, 'ME1 1', 2],
      [2, 'ME1 2', 1],
      [2, 'ME2 1', 1],
    ]);
    // Top 1 keeps only ME1 1; top 2 keeps both sectors tied at rank 2.
    const top1 = await buildProfile(store, { force: 'kent', top: 1 });
    expect(top1.hotspots.sectors.map((s) => s.area)).toEqual(['ME1 1']);
    // Drill-down: every sector of each listed district, ranked within it, with streets;
    // with top 1, ME1 2 is outside the sector ranking but still under district ME1.
    const drill = (q: typeof p) =>
      q.hotspots.districtSectors.map((s) => [s.district, s.rank, s.area, s.occurrences]);
    expect(drill(p)).toEqual([
      ['ME1', 1, 'ME1 1', 2],
      ['ME1', 2, 'ME1 2', 1],
      ['ME2', 1, 'ME2 1', 1],
    ]);
    expect(drill(top1)).toEqual([
      ['ME1', 1, 'ME1 1', 2],
      ['ME1', 2, 'ME1 2', 1],
    ]);
    // ME1 2 holds k2 alone, on High Street.
    expect(top1.hotspots.districtSectors[1]?.streets).toEqual([
      { street: 'On or near High Street', occurrences: 1 },
    ]);
  });

  it('ranks suspects by occurrences, harm and RFG with inputs and model version', async () => {
    await using store = await kentStore({ linked: true });
    const p = await buildProfile(store, { force: 'kent' });
    const s1 = p.suspects.byRfg[0]!;
    // s1: k1, k2, k7 = 3 occurrences; harm 10 + 2555 + 10 = 2575; latest k7 31/03/2024,
    // 30 days before 30/04/2024 = 4 whole weeks -> R 100; F 3 -> 30; G 2575 -> 100.
    // RFG = 100 x 30 x 100 / 10,000 = 30.
    expect(s1.personId).toBe('kent:s1');
    expect(s1.rfg).toEqual({
      r: 100,
      f: 30,
      g: 100,
      score: 30,
      combine: 'product',
      inputs: { weeksSinceLatest: 4, occurrences: 3, harmDays: 2575 },
      modelVersion: 'rfg-v1',
    });
    // s2: k3 (harm unknown) and k4 (10): 0 weeks -> R 100, F 2 -> 20, G 10 -> 10; 2.
    const s2 = p.suspects.byRfg[1]!;
    expect([s2.personId, s2.harmDays, s2.harmUnknown, s2.rfg.score]).toEqual(['kent:s2', 10, 1, 2]);
    // Mean mode: s1 (100 + 30 + 100) / 3 = 76.67.
    const mean = await buildProfile(store, { force: 'kent', rfgCombine: 'mean' });
    expect(mean.suspects.byRfg[0]!.rfg.score).toBeCloseTo(76.6667, 4);
    expect(p.models.map((m) => m.version)).toEqual([
      'vawg-rule-v1',
      'harm-v1',
      'rfg-v1',
      'mafb-v1',
    ]);
    // The fixture's own rule version, and ref_ethnicity, which ensureReference adds to a
    // store loaded before that table existed.
    expect(p.references.map((r) => r.name)).toEqual(['ref_ethnicity', 'vawg-rules']);
    expect(p.references[1]).toEqual({
      name: 'vawg-rules',
      version: 'fixture-1',
      source: 'test',
      licence: 'OGL',
    });
  });

  it('renders one self-contained, escaped, marked HTML file', async () => {
    await using store = await kentStore({ linked: true });
    const html = renderProfileHtml(await buildProfile(store, { force: 'kent' }));
    expect(html).not.toContain('<script');
    expect(html).toContain('On or near &lt;script&gt;alert(1)&lt;/script&gt; Road');
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?https?:|<link|@import/i);
    const markings = html.match(/OFFICIAL-SENSITIVE/g) ?? [];
    expect(markings.length).toBeGreaterThanOrEqual(2);
    expect(html.indexOf('OFFICIAL-SENSITIVE')).toBeLessThan(html.indexOf('<h1>'));
    expect(html.lastIndexOf('OFFICIAL-SENSITIVE')).toBeGreaterThan(html.lastIndexOf('</section>'));
    expect(html).toContain('01/11/2023 to 30/04/2024');
    expect(html).toContain('<h1>VAWG force profile: Kent</h1>');
    expect(html).toContain(
      'Period 01/11/2023 to 30/04/2024, chosen as the default: the last six complete months of the force&#39;s data.',
    );
    expect(html).toContain('How these figures were made');
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(4);
  });
});
