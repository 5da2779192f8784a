// The administrator's routes over a loopback server: regional settings (read, replace,
// refuse bad values, reach the packs), and disabling or re-roling an account, which ends its
// sessions. Both are audited with ids and keys, never values or names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPackSettings } from '../../src/products/pack/pack-settings.js';
import type { Role } from '../../src/server/auth/role.js';
import { addUser } from '../../src/server/auth/user-store.js';
import type { ToexServer } from '../../src/server/server.js';
import { ApiClient, accounts, fixtureServer, password, signedIn } from './server-fixture.js';

let server: ToexServer;
beforeAll(async () => {
  server = await fixtureServer({ freeFailures: 1000 });
});
afterAll(() => server.close());

/** A fresh account of this test alone, signed in; returns its id and client. */
async function freshAccount(username: string, role: Role = 'analyst') {
  const userId = await addUser(server.services.store, {
    username,
    role,
    force: role === 'analyst' ? 'essex' : null,
    password,
    cost: { N: 1024, r: 8, p: 1 },
  });
  const client = new ApiClient(server.url);
  expect((await client.login(username)).status).toBe(200);
  return { userId, client };
}

async function lastAudit(action: string) {
  const [entry] = await server.services.audit.list({ limit: 1, action });
  return entry;
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe('regional settings over the API', () => {
  it('reads the defaults, replaces them, and says who changed what', async () => {
    const admin = await signedIn(server, 'administrator');
    const before = (await (await admin.send('GET', '/api/settings')).json()) as {
      settings: unknown;
    };
    expect(before.settings).toEqual(defaultPackSettings);

    const body = { ...defaultPackSettings, marking: 'OFFICIAL-SENSITIVE [EAST]', victimPages: 2 };
    const put = await admin.send('PUT', '/api/settings', { body });
    expect(put.status).toBe(200);
    const saved = (await put.json()) as {
      changed: string[];
      entries: { key: string; changedBy: string | null; changedAt: string | null }[];
    };
    expect(saved.changed).toEqual(['marking', 'victimPages']);
    const marking = saved.entries.find((e) => e.key === 'marking');
    expect(marking).toMatchObject({ changedBy: accounts.administrator.username });
    expect(marking?.changedAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(saved.entries.find((e) => e.key === 'ranking')?.changedBy).toBeNull();

    const after = (await (await admin.send('GET', '/api/settings')).json()) as {
      settings: unknown;
    };
    expect(after.settings).toEqual(body);
    expect(await lastAudit('settings.update')).toMatchObject({
      username: accounts.administrator.username,
      route: 'PUT /api/settings',
      ids: '{"changed":["marking","victimPages"]}',
      outcome: 'ok',
    });
  });

  it('puts the stored marking on the packs the server generates', async () => {
    const analyst = await signedIn(server, 'analyst');
    const generated = await analyst.send('POST', '/api/packs', {
      body: { force: 'essex', meetingDate: '2024-05-15', formats: ['html'], purpose: 'op test' },
    });
    const pack = (await generated.json()) as { files: { url: string }[] };
    const html = await (await analyst.send('GET', pack.files[0]!.url)).text();
    expect(html).toContain('<div class="marking">OFFICIAL-SENSITIVE [EAST]</div>');
  });

  it('refuses values that break a pack setting rule with 400 naming the setting', async () => {
    const admin = await signedIn(server, 'administrator');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ periodMonths: 0 }, /^pack setting periodMonths must be a whole number 1-60; got 0$/],
      [{ suspectPages: 61 }, /^pack setting suspectPages must be a whole number 0-60; got 61$/],
      [{ marking: '   ' }, /^pack setting marking must not be empty$/],
      [{ marking: 'A\nB' }, /^pack setting marking must be one line/],
      [{ marking: 'M'.repeat(101) }, /^json\.marking: at most 100 characters$/],
      [{ exclusionMonths: 2.5 }, /^json\.exclusionMonths: /],
      [{ ranking: 'height' }, /^json\.ranking: /],
      [{ colour: 'red' }, /^json: .*colour/],
    ];
    for (const [change, message] of cases) {
      const response = await admin.send('PUT', '/api/settings', {
        body: { ...defaultPackSettings, ...change },
      });
      expect(response.status, JSON.stringify(change)).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: 'INVALID_VALUE', message });
    }
    const partial = await admin.send('PUT', '/api/settings', { body: { marking: 'OFFICIAL' } });
    expect((await errorOf(partial)).message).toMatch(/json\.periodMonths: /);
    const stored = (await (await admin.send('GET', '/api/settings')).json()) as {
      settings: { marking: string; periodMonths: number };
    };
    expect(stored.settings).toMatchObject({
      marking: 'OFFICIAL-SENSITIVE [EAST]',
      periodMonths: 6,
    });
  });

  it('refuses every other role', async () => {
    for (const role of ['analyst', 'regional-analyst', 'supervisor'] as const) {
      const client = await signedIn(server, role);
      expect((await client.send('GET', '/api/settings')).status).toBe(403);
      const put = await client.send('PUT', '/api/settings', { body: defaultPackSettings });
      expect(put.status).toBe(403);
    }
  });
});

describe('disabling and re-roling accounts', () => {
  it('refuses a disabled account at sign-in and ends its open session', async () => {
    const admin = await signedIn(server, 'administrator');
    const leaver = await freshAccount('lee.leaver');
    expect((await leaver.client.send('GET', '/api/auth/me')).status).toBe(200);

    const patch = await admin.send('PATCH', `/api/users/${leaver.userId}`, {
      body: { disabled: true },
    });
    expect(patch.status).toBe(200);
    expect(await patch.json()).toMatchObject({
      user: { userId: leaver.userId, disabled: true },
      sessionsEnded: true,
    });
    expect((await leaver.client.send('GET', '/api/auth/me')).status).toBe(401);
    const search = await leaver.client.send('GET', '/api/persons/search?name=Ada&purpose=op%20x');
    expect(search.status).toBe(401);
    expect((await new ApiClient(server.url).login('lee.leaver')).status).toBe(401);
    expect(await lastAudit('user.update')).toMatchObject({
      username: accounts.administrator.username,
      route: 'PATCH /api/users/{userId}',
      ids: `{"disabled":true,"userId":"${leaver.userId}"}`,
      outcome: 'ok',
    });

    await admin.send('PATCH', `/api/users/${leaver.userId}`, { body: { disabled: false } });
    expect((await leaver.client.send('GET', '/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(server.url).login('lee.leaver')).status).toBe(200);
  });

  it('re-roles an account, dropping its force, and makes it sign in again', async () => {
    const admin = await signedIn(server, 'administrator');
    const mover = await freshAccount('mo.mover');
    const patch = await admin.send('PATCH', `/api/users/${mover.userId}`, {
      body: { role: 'regional-analyst' },
    });
    expect(await patch.json()).toMatchObject({
      user: { role: 'regional-analyst', force: null },
      sessionsEnded: true,
    });
    expect((await mover.client.send('GET', '/api/auth/me')).status).toBe(401);
    const back = await admin.send('PATCH', `/api/users/${mover.userId}`, {
      body: { role: 'analyst' },
    });
    expect(back.status).toBe(400);
    expect((await errorOf(back)).message).toMatch(/an analyst needs a force/);
    const withForce = await admin.send('PATCH', `/api/users/${mover.userId}`, {
      body: { role: 'analyst', force: 'kent' },
    });
    expect(await withForce.json()).toMatchObject({ user: { role: 'analyst', force: 'kent' } });
  });

  it('does not let an administrator disable or demote themself', async () => {
    const admin = await signedIn(server, 'administrator');
    const me = (
      (await (await admin.send('GET', '/api/auth/me')).json()) as {
        user: { userId: string };
      }
    ).user;
    const disable = await admin.send('PATCH', `/api/users/${me.userId}`, {
      body: { disabled: true },
    });
    expect(disable.status).toBe(403);
    expect((await errorOf(disable)).message).toMatch(/cannot disable your own account/);
    expect(await lastAudit('user.update')).toMatchObject({ outcome: 'denied' });
    const demote = await admin.send('PATCH', `/api/users/${me.userId}`, {
      body: { role: 'supervisor' },
    });
    expect(demote.status).toBe(403);
    expect((await admin.send('GET', '/api/auth/me')).status).toBe(200);
  });

  it('answers an unknown account with 404, an empty change with 400, others with 403', async () => {
    const admin = await signedIn(server, 'administrator');
    const unknown = await admin.send('PATCH', '/api/users/no-such-id', {
      body: { disabled: true },
    });
    expect(unknown.status).toBe(404);
    const target = await freshAccount('tim.target');
    const empty = await admin.send('PATCH', `/api/users/${target.userId}`, { body: {} });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).message).toMatch(/say what to change/);
    const supervisor = await signedIn(server, 'supervisor');
    const refused = await supervisor.send('PATCH', `/api/users/${target.userId}`, {
      body: { disabled: true },
    });
    expect(refused.status).toBe(403);
    expect((await target.client.send('GET', '/api/auth/me')).status).toBe(200);
  });
});
