// GET /api/persons/{personId}/pairs/explain against the real loopback server: the terms
// worked out by hand from the fixture's records and the default model, the reader's force
// scope (another force's record is not found, exactly as a record that does not exist), the
// input checks and the audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levelWeight, loadModel } from '../../src/resolve/linkage-model.js';
import type { ToexServer } from '../../src/server/server.js';
import { addEssexPair, addLinkageModel, essexPair, modelPath } from './pair-fixture.js';
import {
  analysts,
  fixtureServer,
  people,
  signedIn,
  signedInAs,
  type ApiClient,
} from './server-fixture.js';

interface Explanation {
  personId: string;
  recordL: string;
  recordR: string;
  modelVersion: string;
  prior: number;
  terms: { comparison: string; level: string; weight: number }[];
  total: number;
  probability: number;
  decision: { decision: string; decidedBy: string; decidedAt: string; reason: string } | null;
}

const model = loadModel(modelPath);
let server: ToexServer;
beforeAll(async () => {
  server = await fixtureServer();
  await addLinkageModel(server.services.store);
  await addEssexPair(server.services.store);
});
afterAll(() => server.close());

function explainPath(personId: string, a: string, b: string, purpose = 'op test'): string {
  const query = new URLSearchParams({ a, b, purpose });
  return `/api/persons/${encodeURIComponent(personId)}/pairs/explain?${query.toString()}`;
}

async function explain(client: ApiClient, personId: string, pair: [string, string]) {
  return client.send('GET', explainPath(personId, ...pair));
}

/** The weight of a level of the model, log2(m / u). */
function weightOf(comparison: string, label: string): number {
  const level = model.comparisons
    .find((c) => c.name === comparison)
    ?.levels.find((l) => l.label === label);
  if (level === undefined) throw new Error(`no level ${comparison}/${label}`);
  return levelWeight(level);
}

/** The exact level's m of a term-frequency comparison. */
function exactM(comparison: string): number {
  const levels = model.comparisons.find((c) => c.name === comparison)?.levels ?? [];
  return levels.at(-1)?.m ?? Number.NaN;
}

describe('explaining a pair of a person’s records', () => {
  it('gives each comparison’s level and weight as worked out by hand', async () => {
    const client = await signedIn(server, 'regional-analyst');
    const response = await explain(client, essexPair.personId, [essexPair.b, essexPair.a]);
    expect(response.status).toBe(200);
    const e = (await response.json()) as Explanation;
    expect([e.personId, e.recordL, e.recordR, e.modelVersion]).toEqual([
      essexPair.personId,
      'essex:E3',
      'essex:E4',
      model.version,
    ]);
    // E3 Orla Wren, 09/06/1988, F, 88/123456A, CM2 9AB; E4 orla WREN, 30/01/1979, F,
    // 88/654321Z, cm29ab. Names, gender and postcode agree once normalised; the dates of birth
    // (9 years apart) and the PNC ids (6 characters) do not. Persons hold no street, locality
    // or email, and one postcode each gives no address history: those are missing.
    expect(Object.fromEntries(e.terms.map((t) => [t.comparison, t.level]))).toEqual({
      forename: 'exact (tf)',
      surname: 'exact (tf)',
      dob: 'different',
      postcode: 'exact',
      gender: 'exact',
      id_number: 'different',
      street_number: 'missing',
      street: 'missing',
      locality: 'missing',
      email: 'missing',
      postcode_history: 'missing',
    });
    // Of the six forenames (Ada, Tobin, Bram, Toby, Orla, orla) two are ORLA, so the exact
    // forename weighs log2(m / (2/6)); likewise WREN among six surnames.
    const weights = Object.fromEntries(e.terms.map((t) => [t.comparison, t.weight]));
    expect(weights['forename']).toBeCloseTo(Math.log2(exactM('forename') / (2 / 6)), 9);
    expect(weights['surname']).toBeCloseTo(Math.log2(exactM('surname') / (2 / 6)), 9);
    expect(weights['dob']).toBeCloseTo(weightOf('dob', 'different'), 9);
    expect(weights['postcode']).toBeCloseTo(weightOf('postcode', 'exact'), 9);
    expect(weights['gender']).toBeCloseTo(weightOf('gender', 'exact'), 9);
    expect(weights['id_number']).toBeCloseTo(weightOf('id_number', 'different'), 9);
    expect(weights['email']).toBe(0);
    expect(e.prior).toBeCloseTo(Math.log2(model.prior / (1 - model.prior)), 9);
  });

  it('adds the prior and the weights up to the total, and gives its probability', async () => {
    const client = await signedIn(server, 'analyst');
    const e = (await (
      await explain(client, essexPair.personId, [essexPair.a, essexPair.b])
    ).json()) as Explanation;
    const sum = e.terms.reduce((s, t) => s + t.weight, e.prior);
    expect(sum).toBeCloseTo(e.total, 9);
    // By hand: -25.975 + 1.578 + 1.171 - 9.370 + 18.429 + 0.997 - 9.799 = -22.969.
    expect(e.total).toBeCloseTo(-22.969, 3);
    expect(e.probability).toBeCloseTo(1 / (1 + 2 ** -e.total), 12);
  });

  it('gives the analyst decision that counts: the last recorded, in a tie of times', async () => {
    const client = await signedIn(server, 'supervisor');
    const e = (await (
      await explain(client, essexPair.personId, [essexPair.a, essexPair.b])
    ).json()) as Explanation;
    expect(e.decision).toEqual({
      decision: 'confirm',
      decidedBy: 'sue.supervisor',
      decidedAt: '2024-04-01 09:00:00',
      reason: 'same custody photograph',
    });
    const regional = await signedIn(server, 'regional-analyst');
    const cross = (await (
      await explain(regional, people.both, ['essex:E2', 'kent:K2'])
    ).json()) as Explanation;
    expect(cross.decision).toBeNull();
  });

  it('audits the explanation like a person view: ids, scope and purpose', async () => {
    const client = await signedIn(server, 'analyst');
    await client.send('GET', explainPath(essexPair.personId, essexPair.b, essexPair.a, 'Op Kite'));
    const [entry] = await server.services.audit.list({ limit: 1 });
    expect(entry).toMatchObject({
      action: 'pair.explain',
      route: 'GET /api/persons/{personId}/pairs/explain',
      ids: '{"personId":"pid-essex-pair","records":["essex:E3","essex:E4"],"scope":"essex"}',
      purpose: 'Op Kite',
      outcome: 'ok',
      username: 'ann.analyst',
    });
  });
});

describe('the reader’s force scope', () => {
  const crossForce: [string, string] = ['essex:E2', 'kent:K2'];

  it('gives an essex and a kent analyst 404 for a pair with the other force’s record', async () => {
    const regional = await signedIn(server, 'regional-analyst');
    expect((await explain(regional, people.both, crossForce)).status).toBe(200);
    const essex = await signedIn(server, 'analyst');
    const kent = await signedInAs(server, analysts.kent);
    const answers = [
      await explain(essex, people.both, crossForce),
      await explain(kent, people.both, crossForce),
      // Records and persons that do not exist, for comparison.
      await explain(essex, people.both, ['essex:E2', 'kent:NOPE']),
      await explain(essex, 'pid-nobody', ['essex:E2', 'essex:E9']),
    ];
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).not.toMatch(/kent|K2/);
    const [entry] = await server.services.audit.list({ limit: 1 });
    expect(entry).toMatchObject({ action: 'pair.explain', outcome: 'not-found' });
  });

  it('refuses a pair with another person’s record, in the reader’s force or not', async () => {
    const essex = await signedIn(server, 'analyst');
    const answers = [
      // Both essex, but E1 is another person's record.
      await explain(essex, essexPair.personId, ['essex:E1', essexPair.a]),
      await explain(essex, essexPair.personId, [essexPair.a, 'kent:K2']),
      await explain(essex, people.kentOnly, ['kent:K1', 'kent:K2']),
      // Hostile text in a reference is bound as a value, never spliced into SQL.
      await explain(essex, essexPair.personId, [essexPair.a, "essex:E4' OR '1'='1"]),
    ];
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404]);
  });

  it('gives an analyst whose account names no force nothing', async () => {
    const client = await signedInAs(server, analysts.noForce);
    const response = await explain(client, essexPair.personId, [essexPair.a, essexPair.b]);
    expect(response.status).toBe(404);
  });
});

describe('input checks', () => {
  it('refuses a request without a purpose, naming the field', async () => {
    const client = await signedIn(server, 'analyst');
    const response = await client.send(
      'GET',
      `/api/persons/${essexPair.personId}/pairs/explain?a=essex:E3&b=essex:E4`,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'INVALID_VALUE', message: expect.stringMatching(/^query\.purpose: state/) },
    });
  });

  it.each([
    ['a record without its force', ['E3', 'essex:E4'], /^query\.a: a person record as force/],
    ['an upper-case force', ['essex:E3', 'ESSEX:E4'], /^query\.b: a person record as force/],
    ['a control character', ['essex:E3', 'essex:E\u00074'], /^query\.b: a person record/],
    ['the same record twice', ['essex:E3', 'essex:E3'], /^query\.b: give two different/],
  ] as const)('refuses %s with 400', async (_name, pair, message) => {
    const client = await signedIn(server, 'analyst');
    const response = await explain(client, essexPair.personId, [...pair]);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INVALID_VALUE');
    expect(body.error.message).toMatch(message);
  });

  it('says when no resolution has run, once the pair is in scope', async () => {
    const bare = await fixtureServer();
    try {
      await addEssexPair(bare.services.store);
      const client = await signedIn(bare, 'analyst');
      const response = await explain(client, essexPair.personId, [essexPair.a, essexPair.b]);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        error: { message: expect.stringMatching(/no resolution has run/) },
      });
    } finally {
      await bare.close();
    }
  });
});

describe('the OpenAPI document', () => {
  it('describes the query and the explanation field by field', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters: { name: string; in: string }[] } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    const route = doc.paths['/api/persons/{personId}/pairs/explain']!;
    expect(route.get.parameters.map((p) => `${p.in}:${p.name}`).sort()).toEqual([
      'path:personId',
      'query:a',
      'query:b',
      'query:purpose',
    ]);
    expect(Object.keys(doc.components.schemas['PairExplanation']?.properties ?? {})).toEqual([
      'personId',
      'recordL',
      'recordR',
      'modelVersion',
      'prior',
      'terms',
      'total',
      'probability',
      'decision',
    ]);
    expect(Object.keys(doc.components.schemas['ExplainTerm']?.properties ?? {})).toEqual([
      'comparison',
      'level',
      'weight',
    ]);
  });
});
