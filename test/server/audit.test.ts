import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { AuditLog } from '../../src/server/audit/audit-log.js';
import { verifyAuditChain } from '../../src/server/audit/verify-audit.js';
import type { ToexServer } from '../../src/server/server.js';
import { Store } from '../../src/store/store.js';
import { fixtureServer, people, signedIn } from './server-fixture.js';

let server: ToexServer;
beforeAll(async () => {
  server = await fixtureServer();
});
afterAll(() => server.close());

interface Entry {
  entry_id: number;
  action: string;
  route: string;
  ids: string;
  purpose: string | null;
  outcome: string;
  username: string;
}

async function lastEntry(): Promise<Entry> {
  const [entry] = await server.services.audit.list({ limit: 1 });
  return entry as unknown as Entry;
}

describe('audit of person-level data', () => {
  it('refuses a person view or search without a purpose, naming the field', async () => {
    const client = await signedIn(server, 'analyst');
    const view = await client.send('GET', `/api/persons/${people.essexOnly}`);
    expect(view.status).toBe(400);
    expect(await view.json()).toMatchObject({
      error: {
        code: 'INVALID_VALUE',
        message: expect.stringMatching(/^query\.purpose: state the purpose/),
      },
    });
    const search = await client.send('GET', '/api/persons/search?name=Ada');
    expect(search.status).toBe(400);
  });

  it('records who viewed which person, the route and the purpose', async () => {
    const client = await signedIn(server, 'analyst');
    await client.send('GET', `/api/persons/${people.essexOnly}?purpose=Op%20Falcon%20tasking`);
    expect(await lastEntry()).toMatchObject({
      action: 'person.view',
      route: 'GET /api/persons/{personId}',
      ids: '{"personId":"essex:E1","scope":"essex"}',
      purpose: 'Op Falcon tasking',
      outcome: 'ok',
      username: 'ann.analyst',
    });
  });

  it('records a guessed id of another force as not-found', async () => {
    const client = await signedIn(server, 'analyst');
    await client.send('GET', `/api/persons/${people.kentOnly}?purpose=Op%20Falcon%20tasking`);
    expect(await lastEntry()).toMatchObject({ action: 'person.view', outcome: 'not-found' });
  });

  it('records a search with its criteria, and an export', async () => {
    const client = await signedIn(server, 'regional-analyst');
    const search = await client.send(
      'GET',
      '/api/persons/search?name=Ada%20Quil&purpose=Op%20Heron',
    );
    const { hits } = (await search.json()) as { hits: { personId: string }[] };
    expect(hits.map((h) => h.personId)).toEqual([people.essexOnly]);
    expect(await lastEntry()).toMatchObject({
      action: 'person.search',
      ids: '{"dob":null,"hits":1,"name":"Ada Quil","ref":null,"scope":null}',
      purpose: 'Op Heron',
    });
    const csv = await client.send('GET', `/api/persons/${people.both}/export?purpose=Op%20Heron`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toMatch(/^force,occurrence_ref,/);
    expect(await lastEntry()).toMatchObject({ action: 'person.export', purpose: 'Op Heron' });
  });

  it('lets supervisors read and verify the log over the API', async () => {
    const client = await signedIn(server, 'supervisor');
    const verify = await client.send('GET', '/api/audit/verify');
    expect(await verify.json()).toMatchObject({ ok: true, firstBreak: null });
  });
});

describe('audit chain', () => {
  it('verifies, then names the entry an UPDATE tampered with', async () => {
    await using store = await Store.open(':memory:');
    const log = new AuditLog(store);
    for (const action of ['a.one', 'a.two', 'a.three'])
      await log.append({
        userId: null,
        username: 'u',
        role: null,
        action,
        route: 'R',
        ids: {},
        purpose: null,
        outcome: 'ok',
      });
    expect(await verifyAuditChain(store)).toEqual({ ok: true, entries: 3, firstBreak: null });
    await store.run("UPDATE audit_log SET purpose = 'edited' WHERE entry_id = 2");
    const outcome = await verifyAuditChain(store);
    expect(outcome.firstBreak).toMatchObject({ entryId: 2, check: 'hash' });
  });

  it('`toex audit verify` exits 0 on an intact log and non-zero naming the broken entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toex-audit-'));
    const db = join(dir, 'toex.duckdb');
    try {
      const store = await Store.open(db);
      const log = new AuditLog(store);
      for (const action of ['a.one', 'a.two'])
        await log.append({
          userId: null,
          username: 'u',
          role: null,
          action,
          route: 'R',
          ids: {},
          purpose: null,
          outcome: 'ok',
        });
      store.close();
      const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      expect(await main(['node', 'toex', 'audit', 'verify', '--db', db])).toBe(0);
      const tamper = await Store.open(db);
      await tamper.run('DELETE FROM audit_log WHERE entry_id = 1');
      tamper.close();
      const code = await main(['node', 'toex', 'audit', 'verify', '--db', db]);
      const message = err.mock.calls.map((c) => String(c[0])).join('');
      out.mockRestore();
      err.mockRestore();
      expect(code).not.toBe(0);
      expect(message).toMatch(/broken at entry 2 \(entry_id\): expected 1, found 2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
