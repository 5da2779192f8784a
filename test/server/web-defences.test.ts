import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToexServer } from '../../src/server/server.js';
import { ApiClient, fixtureServer, people, signedIn } from './server-fixture.js';

let server: ToexServer;
beforeAll(async () => {
  server = await fixtureServer({ maxBodyBytes: 1024 });
});
afterAll(() => server.close());

describe('web defences', () => {
  it('sends the security headers on API responses', async () => {
    const response = await fetch(`${server.url}/api/auth/csrf`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-request-id')).toMatch(/.+/);
  });

  it('refuses an oversize body with 413', async () => {
    const client = new ApiClient(server.url);
    await client.send('GET', '/api/auth/csrf');
    const response = await client.send('POST', '/api/auth/login', {
      body: { username: 'x', password: 'y'.repeat(2000) },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_VALUE' } });
  });

  it('answers an invalid query with 400 naming the field, without echoing the value', async () => {
    const client = await signedIn(server, 'regional-analyst');
    const response = await client.send(
      'GET',
      '/api/persons/search?dob=31-12-1990&purpose=Op%20Heron',
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INVALID_VALUE');
    expect(body.error.message).toMatch(/^query\.dob: /);
    expect(body.error.message).not.toContain('31-12-1990');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const response = await fetch(`${server.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string; required?: boolean }[] } }>;
    };
    const params = doc.paths['/api/persons/{personId}']?.get?.parameters ?? [];
    expect(params).toContainEqual(expect.objectContaining({ name: 'purpose', required: true }));
  });
});

describe('shutdown', () => {
  it('finishes in-flight requests, then stops listening and closes the store', async () => {
    const own = await fixtureServer();
    const client = await signedIn(own, 'supervisor');
    const audit = own.services.audit;
    const append = audit.append.bind(audit);
    let entered!: () => void;
    let release!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    audit.append = async (event) => {
      entered();
      await released;
      return append(event);
    };
    const inFlight = client.send('GET', `/api/persons/${people.essexOnly}?purpose=Op%20Heron`);
    await inHandler;
    let stopped = false;
    const closed = own.close().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    release();
    expect((await inFlight).status).toBe(200);
    await closed;
    await expect(fetch(`${own.url}/api/auth/csrf`)).rejects.toThrow();
    await expect(own.services.store.query('SELECT 1')).rejects.toThrow();
  });
});
