import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToexServer } from '../../src/server/server.js';
import { ApiClient, accounts, fixtureServer, password, signedIn } from './server-fixture.js';

let server: ToexServer;
beforeAll(async () => {
  server = await fixtureServer({ freeFailures: 3 });
});
afterAll(() => server.close());

describe('sign-in and sessions', () => {
  it('signs in, sets a hardened session cookie, and signs out', async () => {
    const client = new ApiClient(server.url);
    await client.send('GET', '/api/auth/csrf');
    const login = await client.send('POST', '/api/auth/login', {
      body: { username: accounts.analyst.username, password },
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('toex_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(client.cookies.get('toex_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const me = await client.send('GET', '/api/auth/me');
    expect(await me.json()).toMatchObject({ user: { role: 'analyst', force: 'essex' } });

    expect((await client.send('POST', '/api/auth/logout')).status).toBe(204);
    expect((await client.send('GET', '/api/auth/me')).status).toBe(401);
  });

  it('stores only the hash of a session id', async () => {
    const client = await signedIn(server, 'supervisor');
    const id = client.cookies.get('toex_session')!;
    const rows = await server.services.store.query(
      'SELECT 1 FROM app_session WHERE session_hash = ?',
      [id],
    );
    expect(rows).toEqual([]);
  });

  it('refuses a wrong password with 401 and the same message as an unknown user', async () => {
    const client = new ApiClient(server.url);
    const wrong = await client.login(accounts['regional-analyst'].username, 'not the password');
    const unknown = await client.login('nobody.here', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('marks cookies Secure unless turned off for plain-http loopback development', async () => {
    const client = new ApiClient(server.url);
    const response = await client.send('GET', '/api/auth/csrf');
    expect(response.headers.getSetCookie()[0]).not.toMatch(/Secure/);
    expect(server.services.settings.secureCookies).toBe(false);
  });
});

describe('CSRF', () => {
  it('rejects a state change without the token, and a cross-origin one with it', async () => {
    const client = await signedIn(server, 'analyst');
    const bare = await client.send('POST', '/api/auth/logout', { csrf: false });
    expect(bare.status).toBe(403);
    expect(await bare.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const foreign = await client.send('POST', '/api/auth/logout', {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect((await client.send('GET', '/api/auth/me')).status).toBe(200);
  });

  it('rejects a sign-in without the token (login CSRF)', async () => {
    const client = new ApiClient(server.url);
    const response = await client.send('POST', '/api/auth/login', {
      body: { username: accounts.analyst.username, password },
    });
    expect(response.status).toBe(403);
  });
});

describe('sign-in throttle', () => {
  it('locks a username after repeated failures, even for the right password', async () => {
    const client = new ApiClient(server.url);
    const name = accounts.administrator.username;
    for (let i = 0; i < 3; i++)
      expect((await client.login(name, 'wrong password!')).status).toBe(401);
    const locked = await client.login(name);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
