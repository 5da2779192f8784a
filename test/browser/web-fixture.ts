// The browser tests' world: the web app built into a temp folder, and a real toex server on
// a loopback ephemeral port over the hand-made Kent profile store, with a few more records
// (a person held by kent and essex, a phone link, resolution evidence and the model that
// scored it) and accounts.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { repoRoot } from '../../src/core/paths.js';
import { addUser } from '../../src/server/auth/user-store.js';
import { startServer, type ToexServer } from '../../src/server/server.js';
import type { Store } from '../../src/store/store.js';
import { addPerson, linkPeople } from '../fixtures/profile/fixture-store.js';
import { kentStore } from '../products/profile-fixture.js';
import { addLinkageModel } from '../server/pair-fixture.js';

/** Every account's password. */
export const password = 'correct horse battery';

/**
 * The accounts: a regional analyst (every force), an administrator (no data), and a second
 * regional analyst for the administrator to disable.
 */
export const users = { regional: 'reg.analyst', admin: 'adam.admin', leaver: 'len.leaver' };

/** Where screenshots go. */
export const screenshots = join(repoRoot, 'test-output', 'screenshots');

/** Builds the web app (vite) into test-output/dist-web-test and returns the folder. */
export function buildWebApp(): string {
  const out = join(repoRoot, 'test-output', 'dist-web-test');
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: repoRoot,
    env: { ...process.env, TOEX_WEB_OUT: out },
    stdio: 'pipe',
  });
  mkdirSync(screenshots, { recursive: true });
  return out;
}

async function addCrossForcePerson(store: Store): Promise<void> {
  await addPerson(store, {
    force: 'essex',
    ref: 'E7',
    gender: 'M',
    surname: 'Tolley',
    forenames: 'Bram',
  });
  await linkPeople(store, 'S-1', [
    ['kent', 's1'],
    ['essex', 'E7'],
  ]);
  await store.run(
    `INSERT INTO resolve_pair VALUES ('essex:E7', 'kent:s1', 9.5, 0.998, NULL, true)`,
  );
  await addLinkageModel(store);
  await store.run(
    `INSERT INTO link (force, person_ref, link_type, link_reason, object_key, recorded_at,
       extract_id, source_file, source_line, loaded_at)
     VALUES ('kent', 's1', 'phone', 'user', '07700 900123', TIMESTAMP '2024-01-02 10:00:00',
       'fx', 'links.csv', 1, now())`,
  );
}

/** Starts the server over the fixture store, serving the web app from `webRoot`. */
export async function startFixtureServer(webRoot: string): Promise<ToexServer> {
  const store = await kentStore({ linked: true });
  await addCrossForcePerson(store);
  const cost = { N: 1024, r: 8, p: 1 };
  await addUser(store, {
    username: users.regional,
    role: 'regional-analyst',
    force: null,
    password,
    cost,
  });
  await addUser(store, {
    username: users.admin,
    role: 'administrator',
    force: null,
    password,
    cost,
  });
  await addUser(store, {
    username: users.leaver,
    role: 'regional-analyst',
    force: null,
    password,
    cost,
  });
  return startServer({
    store,
    port: 0,
    logger: pino({ level: 'silent' }),
    settings: { secureCookies: false, webRoot },
  });
}
