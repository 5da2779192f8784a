// Walks EVERY route of the route table with EVERY role and anonymously, and asserts who gets
// what. A route added without a row here fails the coverage test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPackSettings } from '../../src/products/pack/pack-settings.js';
import { roleCan, roles, type Role } from '../../src/server/auth/role.js';
import { addUser } from '../../src/server/auth/user-store.js';
import { routeTable } from '../../src/server/route-table.js';
import type { ToexServer } from '../../src/server/server.js';
import { addEssexPair, addLinkageModel, essexPair } from './pair-fixture.js';
import {
  ApiClient,
  accounts,
  analysts,
  fixtureServer,
  password,
  people,
  signedIn,
  signedInAs,
} from './server-fixture.js';

type Caller = Role | 'anonymous';

/** A valid request per route, and the status an allowed caller gets. */
const samples: Record<
  string,
  { path: (n: number) => string; body?: (n: number) => unknown; ok: number }
> = {
  'GET /api/auth/csrf': { path: () => '/api/auth/csrf', ok: 200 },
  'POST /api/auth/login': {
    path: () => '/api/auth/login',
    body: () => ({ username: accounts.analyst.username, password: 'correct horse battery' }),
    ok: 200,
  },
  'POST /api/auth/logout': { path: () => '/api/auth/logout', ok: 204 },
  'GET /api/auth/me': { path: () => '/api/auth/me', ok: 200 },
  'GET /api/persons/search': {
    path: () => '/api/persons/search?name=Ada%20Quill&purpose=op%20test',
    ok: 200,
  },
  'GET /api/persons/{personId}': {
    path: () => `/api/persons/${people.essexOnly}?purpose=op%20test`,
    ok: 200,
  },
  'GET /api/persons/{personId}/export': {
    path: () => `/api/persons/${people.both}/export?purpose=op%20test`,
    ok: 200,
  },
  // Two records of one essex person: within every data reader's scope, the essex analyst's too.
  'GET /api/persons/{personId}/pairs/explain': {
    path: () =>
      `/api/persons/${essexPair.personId}/pairs/explain?a=${essexPair.a}&b=${essexPair.b}&purpose=op%20test`,
    ok: 200,
  },
  'GET /api/mafb': {
    path: () => '/api/mafb?force=essex&periodEnd=2024-04-30&minVawg=1&purpose=op%20test',
    ok: 200,
  },
  'GET /api/profile': {
    path: () => '/api/profile?forces=essex,kent&from=2024-01-01&to=2024-03-31&purpose=op%20test',
    ok: 200,
  },
  'POST /api/packs': {
    path: () => '/api/packs',
    body: () => ({
      force: 'essex',
      meetingDate: '2024-05-15',
      formats: ['csv'],
      purpose: 'op test',
    }),
    ok: 200,
  },
  // A pack id nobody generated: an allowed caller passes the permission check and gets 404.
  'GET /api/packs/{packId}/files/{name}': {
    path: () => '/api/packs/00000000-0000-4000-8000-000000000000/files/pack.pdf',
    ok: 404,
  },
  'GET /api/audit': { path: () => '/api/audit', ok: 200 },
  'GET /api/audit/verify': { path: () => '/api/audit/verify', ok: 200 },
  'GET /api/users': { path: () => '/api/users', ok: 200 },
  'POST /api/users': {
    path: () => '/api/users',
    body: (n) => ({
      username: `new.user${n}`,
      role: 'regional-analyst',
      password: 'a long enough password',
    }),
    ok: 201,
  },
  // An account made for this test alone, re-roled (not disabled): no other caller is affected.
  'PATCH /api/users/{userId}': {
    path: () => `/api/users/${matrixTarget}`,
    body: () => ({ role: 'regional-analyst', disabled: false }),
    ok: 200,
  },
  'GET /api/settings': { path: () => '/api/settings', ok: 200 },
  'PUT /api/settings': { path: () => '/api/settings', body: () => defaultPackSettings, ok: 200 },
};

const everyone: readonly Caller[] = ['anonymous', ...roles];
const signedInUsers = roles;
const dataReaders: readonly Caller[] = ['analyst', 'regional-analyst', 'supervisor'];

/**
 * Who may call each route, written out from the access rules rather than read from
 * role.ts: analysts, regional analysts and supervisors see data (supervisors also the audit
 * log); administrators manage accounts and settings and see no data; anonymous callers only
 * sign in.
 */
const allowed: Record<string, readonly Caller[]> = {
  'GET /api/auth/csrf': everyone,
  'POST /api/auth/login': everyone,
  'POST /api/auth/logout': signedInUsers,
  'GET /api/auth/me': signedInUsers,
  'GET /api/persons/search': dataReaders,
  'GET /api/persons/{personId}': dataReaders,
  'GET /api/persons/{personId}/export': dataReaders,
  'GET /api/persons/{personId}/pairs/explain': dataReaders,
  'GET /api/mafb': dataReaders,
  'GET /api/profile': dataReaders,
  'POST /api/packs': dataReaders,
  'GET /api/packs/{packId}/files/{name}': dataReaders,
  'GET /api/audit': ['supervisor'],
  'GET /api/audit/verify': ['supervisor'],
  'GET /api/users': ['administrator'],
  'POST /api/users': ['administrator'],
  'PATCH /api/users/{userId}': ['administrator'],
  'GET /api/settings': ['administrator'],
  'PUT /api/settings': ['administrator'],
};

function expected(key: string, caller: Caller, ok: number): number {
  if (allowed[key]?.includes(caller) === true) return ok;
  return caller === 'anonymous' ? 401 : 403;
}

let server: ToexServer;
let matrixTarget = '';
beforeAll(async () => {
  server = await fixtureServer({ freeFailures: 1000 });
  await addLinkageModel(server.services.store);
  await addEssexPair(server.services.store);
  matrixTarget = await addUser(server.services.store, {
    username: 'matrix.target',
    role: 'supervisor',
    password,
    cost: { N: 1024, r: 8, p: 1 },
  });
});
afterAll(() => server.close());

async function clientFor(caller: Caller): Promise<ApiClient> {
  if (caller !== 'anonymous') return signedIn(server, caller);
  const client = new ApiClient(server.url);
  await client.send('GET', '/api/auth/csrf');
  return client;
}

describe('role matrix', () => {
  it('has a sample for every route, and the app serves exactly the route table', async () => {
    const keys = routeTable.map((r) => `${r.method} ${r.path}`);
    expect(Object.keys(samples).sort()).toEqual([...keys].sort());
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const served = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(served.sort()).toEqual([...keys].sort());
  });

  it("writes out who may call every route, and role.ts's permissions agree", () => {
    expect(Object.keys(allowed).sort()).toEqual(Object.keys(samples).sort());
    for (const row of routeTable) {
      const key = `${row.method} ${row.path}`;
      const byPermission = everyone.filter((c) =>
        row.permission === 'public' ? true : c !== 'anonymous' && roleCan(c, row.permission),
      );
      expect([key, byPermission]).toEqual([key, allowed[key]]);
    }
  });

  it('gives users and settings to administrators alone, and them no data', () => {
    for (const permission of ['users:manage', 'settings:manage'] as const)
      expect(roles.filter((r) => roleCan(r, permission))).toEqual(['administrator']);
    for (const permission of ['data:person', 'data:aggregate', 'pack:generate'] as const)
      expect(roleCan('administrator', permission)).toBe(false);
  });

  const callers: Caller[] = ['anonymous', ...roles];
  let counter = 0;
  for (const row of routeTable) {
    for (const caller of callers) {
      const key = `${row.method} ${row.path}`;
      it(`${key} as ${caller}`, async () => {
        const sample = samples[key]!;
        const n = ++counter;
        const client = await clientFor(caller);
        const response = await client.send(row.method, sample.path(n), { body: sample.body?.(n) });
        expect(response.status).toBe(expected(key, caller, sample.ok));
      });
    }
  }
});

describe('force scope of an analyst (essex)', () => {
  it('gets 404 for a person held only by kent, exactly as for an id that does not exist', async () => {
    const client = await signedIn(server, 'analyst');
    const kent = await client.send('GET', `/api/persons/${people.kentOnly}?purpose=op%20test`);
    const none = await client.send('GET', '/api/persons/kent:NOPE?purpose=op%20test');
    expect(kent.status).toBe(404);
    expect(none.status).toBe(404);
    expect(await kent.json()).toEqual(await none.json());
    // The same for its CSV export: a guessed id of another force's person exports nothing.
    const exported = await client.send(
      'GET',
      `/api/persons/${people.kentOnly}/export?purpose=op%20test`,
    );
    expect(exported.status).toBe(404);
    const regional = await signedIn(server, 'regional-analyst');
    expect(
      (await regional.send('GET', `/api/persons/${people.kentOnly}?purpose=op%20test`)).status,
    ).toBe(200);
  });

  it('sees only the essex records and evidence of a person held by both forces', async () => {
    const client = await signedIn(server, 'analyst');
    const page = (await (
      await client.send('GET', `/api/persons/${people.both}?purpose=op%20test`)
    ).json()) as {
      forces: string[];
      records: { force: string }[];
      occurrences: { force: string }[];
      evidence: unknown[];
    };
    expect(page.forces).toEqual(['essex']);
    expect(page.records.map((r) => r.force)).toEqual(['essex']);
    expect(page.occurrences.map((r) => r.force)).toEqual(['essex']);
    expect(page.evidence).toEqual([]);
    const regional = await signedIn(server, 'regional-analyst');
    const all = (await (
      await regional.send('GET', `/api/persons/${people.both}?purpose=op%20test`)
    ).json()) as typeof page;
    expect(all.forces).toEqual(['essex', 'kent']);
    expect(all.evidence).toHaveLength(1);
  });

  it('finds only essex records by search, and is refused kent person lists', async () => {
    const client = await signedIn(server, 'analyst');
    const search = await client.send(
      'GET',
      '/api/persons/search?name=Toby%20Marsh&purpose=op%20test',
    );
    const { hits } = (await search.json()) as { hits: { force: string; personRef: string }[] };
    expect(hits.map((h) => `${h.force}:${h.personRef}`)).toEqual(['essex:E2']);
    const mafb = await client.send(
      'GET',
      '/api/mafb?force=kent&periodEnd=2024-04-30&purpose=op%20test',
    );
    expect(mafb.status).toBe(403);
  });

  it('gets person lists in a profile of its own force only; other forces as aggregates', async () => {
    const client = await signedIn(server, 'analyst');
    const response = await client.send(
      'GET',
      '/api/profile?forces=essex,kent&from=2024-01-01&to=2024-03-31&purpose=op%20test',
    );
    const { profiles } = (await response.json()) as { profiles: Record<string, unknown>[] };
    expect(profiles.map((p) => [p['force'], 'suspects' in p, 'mafb' in p])).toEqual([
      ['essex', true, true],
      ['kent', false, false],
    ]);
  });
});

interface PageBody {
  scope: string | null;
  forces: string[];
  period: { from: string; to: string };
  records: { force: string; person_ref: string }[];
  links: unknown[];
  addresses: { force: string }[];
  evidence: unknown[];
  section: { blocks: { kind: string; text?: string; id?: string; rows?: unknown[] }[] };
}

async function personPage(client: ApiClient, query = ''): Promise<PageBody> {
  const response = await client.send(
    'GET',
    `/api/persons/${people.both}?purpose=op%20test&from=2023-11-01&to=2024-04-30${query}`,
  );
  expect(response.status).toBe(200);
  return (await response.json()) as PageBody;
}

function figure(page: PageBody, label: string): unknown {
  for (const block of page.section.blocks as { cards?: { label: string; value: unknown }[] }[])
    for (const card of block.cards ?? []) if (card.label === label) return card.value;
  return undefined;
}

function tableRows(page: PageBody, id: string): Record<string, unknown>[] {
  const table = page.section.blocks.find((b) => b.kind === 'table' && b.id === id);
  return (table?.rows ?? []) as Record<string, unknown>[];
}

describe('the person page in the reader scope', () => {
  it("shows a kent analyst the pack's person page of kent's records, and says so", async () => {
    const kent = await signedInAs(server, analysts.kent);
    const page = await personPage(kent);
    expect([page.scope, page.forces, page.period]).toEqual([
      'kent',
      ['kent'],
      { from: '2023-11-01', to: '2024-04-30' },
    ]);
    expect(page.records.map((r) => `${r.force}:${r.person_ref}`)).toEqual(['kent:K2']);
    expect(page.addresses.map((a) => a.force)).toEqual(['kent']);
    expect(page.evidence).toEqual([]);
    expect(tableRows(page, 'suspect-1-identifiers').map((r) => r['force'])).toEqual(['Kent']);
    expect(tableRows(page, 'suspect-1-occurrences').map((r) => r['ref'])).toEqual(['O9']);
    expect(tableRows(page, 'suspect-1-victims').map((r) => r['victim'])).toEqual(['kent:K1']);
    const note = page.section.blocks.find((b) => b.kind === 'note' && b.text?.includes('Kent'));
    expect(note?.text).toMatch(/sees the person records of Kent only/);
    expect(note?.text).not.toMatch(/essex/i);
  });

  it("scores R, F and G on the server for the period, as kent's profile ranks the person", async () => {
    const kent = await signedInAs(server, analysts.kent);
    const page = await personPage(kent);
    const profile = (await (
      await kent.send(
        'GET',
        '/api/profile?forces=kent&from=2023-11-01&to=2024-04-30&top=50&purpose=op%20test',
      )
    ).json()) as {
      profiles: { suspects: { byRfg: { personId: string; rfg: Record<string, number> }[] } }[];
    };
    const ranked = profile.profiles[0]!.suspects.byRfg.find((p) => p.personId === people.both)!;
    expect([
      figure(page, 'R (recency)'),
      figure(page, 'F (frequency)'),
      figure(page, 'G (gravity)'),
      figure(page, 'RFG'),
    ]).toEqual([ranked.rfg['r'], ranked.rfg['f'], ranked.rfg['g'], ranked.rfg['score']]);
    // Another period: no occurrence in it, so no score.
    const response = await kent.send(
      'GET',
      `/api/persons/${people.both}?purpose=op%20test&from=2022-01-01&to=2022-12-31`,
    );
    const empty = (await response.json()) as PageBody;
    expect(figure(empty, 'RFG')).toBeUndefined();
    expect(empty.section.blocks.some((b) => b.text === 'Not ranked by RFG in this period.')).toBe(
      true,
    );
  });

  it("shows a regional analyst every force's records, occurrences and victims", async () => {
    const page = await personPage(await signedIn(server, 'regional-analyst'));
    expect([page.scope, page.forces]).toEqual([null, ['essex', 'kent']]);
    expect(tableRows(page, 'suspect-1-occurrences').map((r) => r['ref'])).toEqual(['O9', 'O1']);
    expect(
      tableRows(page, 'suspect-1-victims')
        .map((r) => r['victim'])
        .sort(),
    ).toEqual(['essex:E1', 'kent:K1']);
    expect(page.section.blocks.some((b) => b.text?.includes('sees the person records'))).toBe(
      false,
    );
    // Two occurrences in the period: F counts both forces' for the regional reader.
    expect(figure(page, 'VAWG occurrences in period')).toBe(2);
  });

  it('describes the person page field by field in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    const page = doc.components.schemas['PersonPage']!;
    expect(Object.keys(page.properties ?? {})).toContain('section');
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['PackSection', 'PackBlock', 'TableBlock', 'ChartBlock']),
    );
  });
});

describe('an analyst whose account names no force (fails closed)', () => {
  it('sees no person-level data at all', async () => {
    const client = await signedInAs(server, analysts.noForce);
    const search = await client.send('GET', '/api/persons/search?name=Marsh&purpose=op%20test');
    expect(((await search.json()) as { hits: unknown[] }).hits).toEqual([]);
    for (const id of [people.essexOnly, people.kentOnly, people.both])
      expect((await client.send('GET', `/api/persons/${id}?purpose=op%20test`)).status).toBe(404);
    const pack = await client.send('POST', '/api/packs', {
      body: { force: 'kent', meetingDate: '2024-05-15', formats: ['csv'], purpose: 'op test' },
    });
    expect(pack.status).toBe(403);
    const profile = await client.send(
      'GET',
      '/api/profile?forces=essex,kent&from=2024-01-01&to=2024-03-31&purpose=op%20test',
    );
    const { profiles } = (await profile.json()) as { profiles: Record<string, unknown>[] };
    expect(profiles.map((p) => 'suspects' in p || 'mafb' in p)).toEqual([false, false]);
  });
});
