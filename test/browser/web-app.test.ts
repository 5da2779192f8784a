// The analysts' web app in real Chromium against a real toex server: sign in, filter the
// profile, drill into a hotspot, open a person (the pack's suspect page with the server's
// R, F and G, victims and charts) and explain why two of its records were joined, generate
// and download a pack, be refused as the wrong role, and administer accounts and the
// regional settings. Screenshots at 1280x800 go to test-output/screenshots/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegionalSettings } from '../../src/products/pack/regional-settings.js';
import type { ToexServer } from '../../src/server/server.js';
import { buildWebApp, password, screenshots, startFixtureServer, users } from './web-fixture.js';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

let server: ToexServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const webRoot = buildWebApp();
  server = await startFixtureServer(webRoot);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  page = await newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  p.setDefaultTimeout(10_000);
  p.on('pageerror', (error) => pageErrors.push(error.message));
  p.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  return p;
}

/** Signs in with the keyboard only: Tab through the form, type, Enter. */
async function signIn(p: Page, username: string): Promise<void> {
  await p.goto(`${server.url}/profile`);
  await p.getByLabel('Username').waitFor();
  await p.keyboard.press('Tab');
  expect(await p.evaluate(() => document.activeElement?.id)).toBe('username');
  await p.keyboard.type(username);
  await p.keyboard.press('Tab');
  await p.keyboard.type(password);
  await p.keyboard.press('Enter');
  await p.getByRole('heading', { name: 'VAWG profile' }).waitFor();
}

function shot(p: Page, name: string): Promise<Buffer> {
  return p.screenshot({ path: join(screenshots, `${name}.png`) });
}

function figure(p: Page, label: string) {
  return p
    .locator('.figure')
    .filter({ has: p.locator(`dt:text-is("${label}")`) })
    .locator('dd')
    .first();
}

describe('analysts web app in Chromium', () => {
  it('signs in and shows the marking on the page', async () => {
    await page.goto(server.url);
    await expect(page.getByRole('note').first().textContent()).resolves.toBe('OFFICIAL-SENSITIVE');
    await shot(page, '01-sign-in');
    await signIn(page, users.regional);
    expect(await page.getByRole('note').count()).toBe(2);
  });

  it('filters the profile by force, dd/mm/yyyy period and location type', async () => {
    await page.getByLabel('Kent').check();
    await page.getByLabel('From (dd/mm/yyyy)').fill('01/11/2023');
    await page.getByLabel('To (dd/mm/yyyy)').fill('30/04/2024');
    await page.getByLabel(/Stated purpose/).fill('TTCG preparation, browser test');
    await page.getByRole('button', { name: 'Show profile' }).click();
    await page.getByRole('heading', { name: 'Kent: 01/11/2023 to 30/04/2024' }).waitFor();
    // Hand-counted in test/products/profile.test.ts: 5 VAWG occurrences, 2 suspects.
    expect(await figure(page, 'VAWG occurrences').textContent()).toBe('5');
    expect(await figure(page, 'Suspects').textContent()).toBe('2');
    await page.screenshot({ path: join(screenshots, '02-profile.png'), fullPage: true });

    await page.getByLabel('Dwelling').selectOption('exclude');
    await page.getByRole('button', { name: 'Show profile' }).click();
    // Leaving out dwellings keeps k2, k3 and k7.
    await expect.poll(() => figure(page, 'VAWG occurrences').textContent()).toBe('3');
    await page.getByLabel('Dwelling').selectOption('any');
    await page.getByRole('button', { name: 'Show profile' }).click();
    await expect.poll(() => figure(page, 'VAWG occurrences').textContent()).toBe('5');
  });

  it('drills from a hotspot district to its sectors and streets, escaping record text', async () => {
    await page.getByRole('link', { name: 'Hotspots' }).click();
    await page.getByRole('button', { name: 'Drill into ME2' }).click();
    await page.getByRole('heading', { name: 'District ME2' }).waitFor();
    // The street text is hostile markup in the extract; it must show as text.
    const hostile = page.getByRole('cell', { name: 'On or near <script>alert(1)</script> Road' });
    expect(await hostile.count()).toBe(1);
    await page.getByRole('button', { name: 'Drill into ME1' }).click();
    await page.getByRole('button', { name: 'Streets of ME1 1' }).click();
    await page.getByRole('table', { name: 'Streets in ME1 1' }).waitFor();
    const streets = page.getByRole('table', { name: 'Streets in ME1 1' }).getByRole('row');
    // ME1 1: k1 (High Street) and k4 (Low Lane), a header row and two streets.
    expect(await streets.count()).toBe(3);
    expect(await page.locator('figure.map canvas').count()).toBe(1);
    await shot(page, '03-hotspots');
  });

  it('ranks suspects with R, F and G and opens a person across forces', async () => {
    await page.getByRole('link', { name: 'Suspects & MAFB' }).click();
    const suspects = page.getByRole('table', { name: /Top suspects ranked by RFG/ });
    await suspects.waitFor();
    for (const header of ['R', 'F', 'G', 'RFG', 'Occurrences', 'Harm (days)'])
      expect(
        await suspects.getByRole('columnheader', { name: header, exact: false }).count(),
      ).toBeGreaterThan(0);
    await page.getByRole('radio', { name: 'Harm' }).first().check();
    await page.getByRole('table', { name: /Top suspects ranked by Harm/ }).waitFor();
    // Kent's ranking names a person by Kent's records only; S-1's Kent record has no name.
    await suspects
      .or(page.getByRole('table', { name: /Top suspects ranked by Harm/ }))
      .getByRole('link', { name: 'S-1' })
      .first()
      .click();

    await page.getByRole('heading', { name: 'Person' }).waitFor();
    // The period comes from the profile filter; R, F and G are scored by the server for it.
    expect(await page.getByLabel('Period from (dd/mm/yyyy)').inputValue()).toBe('01/11/2023');
    await page.getByRole('button', { name: 'Open person' }).click();
    await page.getByRole('heading', { name: 'Suspect page (as in the tasking pack)' }).waitFor();
    // As test/products/profile.test.ts hand-counts s1: k1, k2, k7; R 100, F 30, G 100, RFG 30.
    const scores = ['R (recency)', 'F (frequency)', 'G (gravity)', 'RFG'];
    const values = await Promise.all(scores.map((label) => figure(page, label).textContent()));
    expect(values).toEqual(['100', '30', '100', '30.0']);
    expect(await figure(page, 'VAWG occurrences in period').textContent()).toBe('3');
    expect(await figure(page, 'Unique victims').textContent()).toBe('1');
    expect(await figure(page, 'Victims: age not recorded').textContent()).toBe('1');
    const note = page.locator('.figure').filter({ hasText: 'R (recency)' }).locator('.figure-note');
    expect(await note.textContent()).toBe('4 weeks since latest');

    // The victim summary: V-1 (vF and vF2 resolved) on k1 and k2.
    const victims = page.getByRole('table', { name: 'Victims', exact: true });
    expect(await victims.getByRole('row').count()).toBe(2);
    expect(await victims.getByRole('cell', { name: 'V-1' }).count()).toBe(1);
    const occurrences = page.getByRole('table', { name: /^VAWG occurrences \(all forces/ });
    expect(await occurrences.getByRole('row').count()).toBe(4);

    // Both charts draw on canvas.
    for (const title of [
      'Pulse: VAWG occurrences per month',
      'Severity: harm of each occurrence over time',
    ]) {
      const chart = page.getByRole('img', { name: title });
      expect(await chart.count()).toBe(1);
      await expect.poll(() => chart.locator('canvas').count()).toBe(1);
    }

    const records = page.getByRole('table', { name: 'Person records' });
    expect(await records.getByRole('row').count()).toBe(3);
    expect(
      await page
        .getByRole('table', { name: /Scored record pairs/ })
        .getByRole('row')
        .count(),
    ).toBe(2);
    expect(await page.getByRole('img', { name: /Network of 2 records and 1 links/ }).count()).toBe(
      1,
    );
    await page.screenshot({ path: join(screenshots, '04-person.png'), fullPage: true });
  });

  it('explains from the keyboard why two records of the person were joined', async () => {
    // An analyst's reason holding markup: it must show as text.
    await server.services.store.run(`INSERT INTO resolve_decision (record_l, record_r, decision,
        decided_by, decided_at, reason) VALUES ('essex:E7', 'kent:s1', 'confirm', 'reg.analyst',
        TIMESTAMP '2024-04-02 10:30:00', 'same phone <img src=x onerror="alert(1)">')`);
    const explain = page.getByRole('button', { name: 'Explain essex:E7 and kent:s1' });
    expect(await explain.getAttribute('aria-expanded')).toBe('false');
    await explain.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: /^Why essex:E7 and kent:s1 score/ });
    await heading.waitFor();
    // The breakdown takes focus, so a keyboard or screen-reader user lands on it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pair-explanation-title');
    expect(await explain.getAttribute('aria-expanded')).toBe('true');

    // s1 holds only a gender (M), E7 a name and the same gender: the default model weighs the
    // prior log2(lambda / (1 - lambda)) = -25.97 and an exact gender +1.00, the rest nothing.
    const terms = page.getByRole('table', { name: 'Comparisons of essex:E7 and kent:s1' });
    const row = (name: string) => terms.getByRole('row', { name: new RegExp(`^${name} `) });
    expect(await row('Prior').getByRole('cell').allTextContents()).toEqual([
      'before any comparison',
      '\u221225.97',
    ]);
    expect(await row('Gender').getByRole('cell').allTextContents()).toEqual(['exact', '+1.00']);
    expect(await row('Surname').getByRole('cell').allTextContents()).toEqual(['missing', '0.00']);
    expect(await row('Total match weight').getByRole('cell').allTextContents()).toEqual([
      '\u221224.98',
    ]);
    expect(await terms.getByRole('row').count()).toBe(1 + 1 + 11 + 1);
    const facts = page.locator('.pair-facts dd');
    expect(await facts.allTextContents()).toEqual([
      '3.027e-8',
      'linkage-default-2026-12-04-constrained',
      'Confirmed by reg.analyst on 02/04/2024 10:30 UTC: same phone <img src=x onerror="alert(1)">',
    ]);
    expect(await page.locator('.pair-breakdown img').count()).toBe(0);
    // The fixture's stored score (9.5) was not made from these records: the page says so.
    expect(await page.getByText('The last resolve run scored this pair +9.50').count()).toBe(1);
    await page.screenshot({ path: join(screenshots, '04b-pair-explanation.png'), fullPage: true });

    // Enter again closes it.
    await explain.focus();
    await page.keyboard.press('Enter');
    await heading.waitFor({ state: 'detached' });
    expect(await explain.getAttribute('aria-expanded')).toBe('false');
  });

  it('finds a person by a misspelt name with a stated purpose', async () => {
    await page.getByRole('link', { name: 'Person search' }).click();
    await page.getByLabel('Name').fill('Bram Tolly');
    await page.getByRole('button', { name: 'Search' }).click();
    const hits = page.getByRole('table', { name: /matching record/ });
    await hits.waitFor();
    expect(await hits.getByRole('link', { name: 'Bram Tolley' }).count()).toBe(1);
  });

  it('generates a pack and downloads its PDF', async () => {
    await page.getByRole('link', { name: 'Packs' }).click();
    await page.getByLabel('Force').selectOption('kent');
    await page.getByLabel('TTCG meeting date').fill('15/05/2024');
    await page.getByRole('button', { name: 'Generate pack' }).click();
    const pdf = page.getByRole('link', { name: /^PDF: kent-vawg-pack-2024-05-15\.pdf/ });
    await pdf.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('link', { name: /^Excel: / }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /^CSV: / }).count()).toBeGreaterThan(0);
    await shot(page, '05-packs');
    const [download] = await Promise.all([page.waitForEvent('download'), pdf.click()]);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows an administrator, who sees no data, an access-denied page', async () => {
    const admin = await newPage();
    await signIn(admin, users.admin);
    await admin.getByLabel('Kent').check();
    await admin.getByLabel(/Stated purpose/).fill('checking my access');
    await admin.getByRole('button', { name: 'Show profile' }).click();
    await admin.getByRole('heading', { name: 'Access denied' }).waitFor();
    await shot(admin, '06-denied');
  });

  it('lets an administrator change the pack marking and disable an account', async () => {
    const leaver = await newPage();
    await signIn(leaver, users.leaver);
    const admin = await newPage();
    await signIn(admin, users.admin);
    const nav = admin.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await nav.allTextContents()).toEqual(['Administration']);
    await nav.click();
    await admin.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    const accounts = admin.getByRole('table', { name: 'Accounts' });
    const leaverRow = accounts.getByRole('row').filter({ hasText: users.leaver });
    await leaverRow.waitFor();
    expect(await leaverRow.getByRole('cell').allTextContents()).toEqual([
      users.leaver,
      'regional-analyst',
      'every force',
      'Active',
      expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/),
      'Disable',
    ]);

    // A value out of range is refused in the page, naming the setting and marking the field.
    const pages = admin.getByLabel('Suspect pages');
    await pages.fill('99');
    await pages.press('Enter');
    await admin.getByRole('alert').filter({ hasText: 'Suspect pages: enter a whole' }).waitFor();
    expect(await pages.getAttribute('aria-invalid')).toBe('true');
    await pages.fill('3');

    // Keyboard only: type the marking and save with Enter.
    const marking = admin.getByRole('textbox', { name: 'Handling marking of packs' });
    expect(await marking.inputValue()).toBe('OFFICIAL-SENSITIVE');
    await marking.focus();
    await admin.keyboard.press('ControlOrMeta+A');
    await admin.keyboard.type('OFFICIAL-SENSITIVE [EAST]');
    await admin.keyboard.press('Enter');
    await admin
      .getByRole('status')
      .filter({ hasText: 'Saved: Handling marking of packs.' })
      .waitFor();
    expect(await admin.locator('#setting-marking-origin').textContent()).toMatch(
      /^Set by adam\.admin on \d\d\/\d\d\/\d{4} \d\d:\d\d UTC\.$/,
    );
    const stored = await loadRegionalSettings(server.services.store);
    expect(stored.settings.marking).toBe('OFFICIAL-SENSITIVE [EAST]');

    await admin.getByRole('button', { name: `Disable ${users.leaver}` }).focus();
    await admin.keyboard.press('Enter');
    await admin
      .getByRole('status')
      .filter({ hasText: `${users.leaver} is disabled` })
      .waitFor();
    await leaverRow.getByRole('button', { name: `Enable ${users.leaver}` }).waitFor();
    expect(await leaverRow.getByRole('cell', { name: 'Disabled' }).count()).toBe(1);
    expect(await accounts.getByText('your account').count()).toBe(1);
    await admin.screenshot({ path: join(screenshots, '07-administration.png'), fullPage: true });

    // The disabled account's open session has ended, and it cannot sign in again.
    await leaver.reload();
    await leaver.getByLabel('Username').fill(users.leaver);
    await leaver.getByLabel('Password').fill(password);
    await leaver.getByRole('button', { name: 'Sign in' }).click();
    await leaver.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();
  });

  it('ran without script errors or CSP violations in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
