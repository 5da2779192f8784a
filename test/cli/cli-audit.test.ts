import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runToex, type ToexRun } from './run-toex.js';
import { repoRoot } from '../../src/core/paths.js';
import { Store } from '../../src/store/store.js';
import { kentStore } from '../products/profile-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'toex-cli-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quietly = (args: string[]): Promise<ToexRun> => runToex(args);

describe('the command line audits person-level data as the web app does', () => {
  it('asks a person view for its purpose, logs views and exports, and keeps the chain', async () => {
    const db = join(dir, 'store.duckdb');
    (await kentStore({ linked: true, path: db })).close();

    const refused = await quietly(['resolve', 'person', 'kent:s1', '--db', db]);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/--purpose/);
    const short = await quietly(['resolve', 'person', 'kent:s1', '--purpose', 'x', '--db', db]);
    expect(short.code).toBe(2);

    const purpose = 'Op Example: review of repeat suspect';
    await quietly(['resolve', 'person', 'kent:s1', '--purpose', purpose, '--db', db]);
    const unknown = await quietly([
      'resolve',
      'person',
      'kent:NOPE',
      '--purpose',
      purpose,
      '--db',
      db,
    ]);
    expect(unknown.code).toBe(5);
    const out = join(dir, 'kent.json');
    expect((await quietly(['profile', '--force', 'kent', '--out', out, '--db', db])).code).toBe(0);

    const store = await Store.open(db);
    const rows = await store.query<Record<string, string | null>>(
      'SELECT username, role, action, route, ids, purpose, outcome FROM audit_log ORDER BY entry_id',
    );
    store.close();
    const me = `cli:${userInfo().username}`;
    expect(rows).toEqual([
      {
        username: me,
        role: 'command-line',
        action: 'person.view',
        route: 'toex resolve person',
        ids: '{"personId":"kent:s1"}',
        purpose,
        outcome: 'ok',
      },
      {
        username: me,
        role: 'command-line',
        action: 'person.view',
        route: 'toex resolve person',
        ids: '{"personId":"kent:NOPE"}',
        purpose,
        outcome: 'not-found',
      },
      {
        username: me,
        role: 'command-line',
        action: 'profile.export',
        route: 'toex profile',
        ids: '{"force":"kent","format":"json","from":"2023-11-01","to":"2024-04-30"}',
        purpose: null,
        outcome: 'ok',
      },
    ]);
    expect((await quietly(['audit', 'verify', '--db', db])).code).toBe(0);
  });

  it('logs an account added on the command line, by id, role and force', async () => {
    const db = join(dir, 'accounts.duckdb');
    (await kentStore({ path: db })).close();
    // `users add` reads the password twice from standard input: run the built CLI.
    const run = spawnSync(
      process.execPath,
      [join(repoRoot, 'bin', 'toex.js'), 'users', 'add', '--username', 'ann.admin'],
      {
        input: 'a long enough password\na long enough password\n',
        encoding: 'utf8',
        env: process.env,
      },
    );
    expect(run.status).toBe(2); // --role is required
    const added = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'bin', 'toex.js'),
        ...['users', 'add', '--username', 'ann.admin', '--role', 'administrator', '--db', db],
      ],
      { input: 'a long enough password\na long enough password\n', encoding: 'utf8' },
    );
    expect(added.status).toBe(0);
    const store = await Store.open(db);
    const rows = await store.query<{ action: string; route: string; ids: string }>(
      'SELECT action, route, ids FROM audit_log ORDER BY entry_id',
    );
    store.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'user.add', route: 'toex users add' });
    expect(JSON.parse(rows[0]!.ids)).toMatchObject({ role: 'administrator', force: null });
    expect(rows[0]!.ids).not.toContain('ann.admin');
  });
});
