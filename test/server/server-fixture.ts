// A real toex server on an ephemeral loopback port, over an in-memory store holding a few
// invented people in two forces, and one account per role.
import pino from 'pino';
import { LoginLimiter, defaultLoginLimits } from '../../src/server/auth/login-limiter.js';
import type { Role } from '../../src/server/auth/role.js';
import { addUser } from '../../src/server/auth/user-store.js';
import { startServer, type ToexServer } from '../../src/server/server.js';
import { Store } from '../../src/store/store.js';

/** Every account's password in the fixture. */
export const password = 'correct horse battery';

/** The fixture's accounts: one per role; the analyst works for essex. */
export const accounts: Record<Role, { username: string; force?: string }> = {
  analyst: { username: 'ann.analyst', force: 'essex' },
  'regional-analyst': { username: 'reg.analyst' },
  supervisor: { username: 'sue.supervisor' },
  administrator: { username: 'adam.admin' },
};

/**
 * Two more analysts: one of kent, and one whose account lost its force (an analyst row
 * with a NULL force, as a hand edit of the store could leave it), who must see nothing.
 */
export const analysts = { kent: 'ken.analyst', noForce: 'nora.noforce' };

/** Person ids: only in essex, only in kent, and one person with records in both. */
export const people = { essexOnly: 'essex:E1', kentOnly: 'kent:K1', both: 'pid-both' };

const provenance = `'x1', 'persons.csv', 2, TIMESTAMP '2024-05-01 00:00:00'`;

async function insertRecords(store: Store): Promise<void> {
  const person = `INSERT INTO person (force, person_ref, surname, forenames, date_of_birth, gender,
    extract_id, source_file, source_line, loaded_at) VALUES`;
  await store.run(`${person}
    ('essex', 'E1', 'Quill', 'Ada', DATE '1990-02-03', 'F', ${provenance}),
    ('essex', 'E2', 'Marsh', 'Tobin', DATE '1985-07-08', 'M', ${provenance}),
    ('kent', 'K1', 'Tolley', 'Bram', DATE '1979-11-12', 'M', ${provenance}),
    ('kent', 'K2', 'Marsh', 'Toby', DATE '1985-07-08', 'M', ${provenance})`);
  await store.run(`INSERT INTO person_identity VALUES
    ('essex', 'E2', 'pid-both', TIMESTAMP '2024-05-02 00:00:00', 'test'),
    ('kent', 'K2', 'pid-both', TIMESTAMP '2024-05-02 00:00:00', 'test')`);
  // Both occurrences are VAWG: assault without injury (8N) with the domestic-abuse flag.
  await store.run(`INSERT INTO occurrence (force, occurrence_ref, occurred_from, ho_code, da_flag,
    summary, extract_id, source_file, source_line, loaded_at) VALUES
    ('essex', 'O1', TIMESTAMP '2024-01-05 10:00:00', '8N', true, '=cmd|calc', ${provenance}),
    ('kent', 'O9', TIMESTAMP '2024-02-05 10:00:00', '8N', true, 'x', ${provenance})`);
  await store.run(`INSERT INTO involvement (force, occurrence_ref, person_ref, role,
    extract_id, source_file, source_line, loaded_at) VALUES
    ('essex', 'O1', 'E2', 'suspect', ${provenance}),
    ('essex', 'O1', 'E1', 'victim', ${provenance}),
    ('kent', 'O9', 'K2', 'suspect', ${provenance}),
    ('kent', 'O9', 'K1', 'victim', ${provenance})`);
  await store.run(`INSERT INTO address (force, person_ref, postcode, force_area, effective_from,
    address_type, extract_id, source_file, source_line, loaded_at) VALUES
    ('kent', 'K2', 'ME1 1AA', 'Kent', TIMESTAMP '2020-01-01 00:00:00', 'home', ${provenance}),
    ('essex', 'E2', 'CM1 1AA', 'Essex', TIMESTAMP '2024-03-01 00:00:00', 'home', ${provenance})`);
  await store.run(
    `INSERT INTO resolve_pair VALUES ('essex:E2', 'kent:K2', 9.5, 0.998, NULL, true)`,
  );
  await store.run(`INSERT INTO ref_vawg_rule VALUES ('8N', 'core')`);
}

/** Opens an in-memory store with the fixture's records and accounts. */
export async function fixtureStore(): Promise<Store> {
  const store = await Store.open(':memory:');
  await insertRecords(store);
  for (const [role, account] of Object.entries(accounts)) {
    await addUser(store, {
      username: account.username,
      role: role as Role,
      force: account.force ?? null,
      password,
      cost: { N: 1024, r: 8, p: 1 },
    });
  }
  for (const username of Object.values(analysts))
    await addUser(store, {
      username,
      role: 'analyst',
      force: 'kent',
      password,
      cost: { N: 1024, r: 8, p: 1 },
    });
  await store.run('UPDATE app_user SET force = NULL WHERE username = ?', [analysts.noForce]);
  return store;
}

/** Starts a server over a fresh fixture store; close it with `server.close()`. */
export async function fixtureServer(
  options: { freeFailures?: number; maxBodyBytes?: number } = {},
): Promise<ToexServer> {
  return startServer({
    store: await fixtureStore(),
    port: 0,
    logger: pino({ level: 'silent' }),
    limiter: new LoginLimiter({ ...defaultLoginLimits, freeFailures: options.freeFailures ?? 5 }),
    settings: { secureCookies: false, maxBodyBytes: options.maxBodyBytes ?? 64 * 1024 },
  });
}

/** A browser-like client: keeps cookies and sends the CSRF header on state changes. */
export class ApiClient {
  readonly cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  /** Sends a request with the client's cookies; JSON-encodes `body`. */
  async send(
    method: string,
    path: string,
    options: { body?: unknown; csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0)
      headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('toex_csrf');
    if (options.csrf !== false && csrf !== undefined) headers['x-csrf-token'] = csrf;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const response = await fetch(this.baseUrl + path, { method, headers, body });
    this.keepCookies(response);
    return response;
  }

  /** Fetches a CSRF token, then signs in; returns the login response. */
  async login(username: string, secret = password): Promise<Response> {
    if (!this.cookies.has('toex_csrf')) await this.send('GET', '/api/auth/csrf');
    return this.send('POST', '/api/auth/login', { body: { username, password: secret } });
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name === undefined) continue;
      if (/Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value.join('='));
    }
  }
}

/** A client signed in as the fixture account of `role`. */
export async function signedIn(server: ToexServer, role: Role): Promise<ApiClient> {
  return signedInAs(server, accounts[role].username);
}

/** A client signed in as the fixture account `username`. */
export async function signedInAs(server: ToexServer, username: string): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  const response = await client.login(username);
  if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status}`);
  return client;
}
