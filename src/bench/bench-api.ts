import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { ToexError } from '../core/errors.js';
import { addUser, findUserByName } from '../server/auth/user-store.js';
import { startServer, type ToexServer } from '../server/server.js';
import type { Store } from '../store/store.js';
import type { ApiLoadJob, ApiLoadReply } from './api-load-worker.js';
import { count, ratio } from './bench-timer.js';

/** How the API benchmark loads the profile route. */
export interface ApiBenchOptions {
  /** The force whose profile is requested. */
  force: string;
  /** Concurrent users of each run, e.g. 1, 10, 50. */
  users: readonly number[];
  /** Each run stops after this many seconds... */
  maxSeconds: number;
  /** ...or after this many responses per user, whichever comes first. */
  requestsPerUser: number;
}

/** The p95 goal at 10 users, in ms. */
export const apiP95GoalMs = 200;

const workerPath = fileURLToPath(new URL('./api-load-worker.js', import.meta.url));
const account = { username: 'bench.regional', password: 'bench-only-password-1' };

/**
 * Times GET /api/profile through the real server on loopback, driven by autocannon in a child
 * process as 1, 10, 50 signed-in users, after one request that builds the profile (the server
 * then serves it from memory). The server takes `store` and closes it when done.
 * Writes one line per run, the ratio to the 1-user p50 and whether the p95 goal is met.
 */
export async function benchApi(
  store: Store,
  options: ApiBenchOptions,
  say: (line: string) => void,
): Promise<void> {
  if ((await findUserByName(store, account.username)) === null)
    await addUser(store, { ...account, role: 'regional-analyst' });
  const server = await startServer({
    store,
    port: 0,
    host: '127.0.0.1',
    logger: pino({ level: 'silent' }),
    settings: { secureCookies: false },
  });
  try {
    const cookie = await signIn(server);
    const query = new URLSearchParams({ forces: options.force, purpose: 'API latency benchmark' });
    const url = `${server.url}/api/profile?${query.toString()}`;
    await sayFirstRequest(url, cookie, say);
    await sayRuns({ url, cookie, options }, say);
  } finally {
    await server.close();
  }
}

async function sayRuns(
  run: { url: string; cookie: string; options: ApiBenchOptions },
  say: (line: string) => void,
): Promise<void> {
  const { options } = run;
  const p50s: number[] = [];
  for (const users of options.users) {
    const reply = await loadInChild({
      url: run.url,
      cookie: run.cookie,
      connections: users,
      maxRequests: users * options.requestsPerUser,
      maxSeconds: options.maxSeconds,
    });
    const s = reply.summary;
    p50s.push(s.p50);
    const capped = reply.capped ? `, stopped at ${options.maxSeconds} s` : '';
    say(
      `api profile, ${users} users: p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)} ` +
        `(${count(s.requests)} requests, ${count(s.errors)} errors${capped})`,
    );
    if (users === 10)
      say(
        `api profile goal p95 < ${apiP95GoalMs} ms at 10 users: ` +
          `${s.p95 < apiP95GoalMs && s.errors === 0 ? 'met' : 'NOT met'}`,
      );
  }
  const baseline = p50s[0] ?? Number.NaN;
  const ratios = options.users.map(
    (u, i) => `${u} users ${ratio(p50s[i] ?? Number.NaN, baseline)}`,
  );
  say(`api profile p50 against the 1-user p50: ${ratios.join(', ')}`);
}

/** Times one request before the load runs: it builds the profile the runs then get cached. */
async function sayFirstRequest(url: string, cookie: string, say: (line: string) => void) {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (response.status !== 200)
    throw new ToexError('INTERNAL', `the profile route answered ${response.status}`);
  say(`api profile, first request (builds the profile): ${ms(performance.now() - started)}`);
}

const ms = (x: number) => (Number.isNaN(x) ? 'n/a' : `${count(x)} ms`);

/** Signs in as the benchmark account (CSRF token, then login); returns the Cookie header. */
async function signIn(server: ToexServer): Promise<string> {
  const csrfResponse = await fetch(`${server.url}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
      cookie: cookiePairs(csrfResponse),
    },
    body: JSON.stringify(account),
  });
  if (login.status !== 200)
    throw new ToexError('INTERNAL', `benchmark sign-in failed with status ${login.status}`);
  return cookiePairs(login);
}

function cookiePairs(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .join('; ');
}

/** Forks the load worker, sends it `job`, and resolves with its reply; kills it if it hangs. */
function loadInChild(job: ApiLoadJob): Promise<ApiLoadReply> {
  return new Promise((resolve, reject) => {
    const child = fork(workerPath, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const limit = setTimeout(() => child.kill(), (job.maxSeconds + 30) * 1000);
    let reply: ApiLoadReply | undefined;
    child.once('message', (message: ApiLoadReply) => (reply = message));
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(limit);
      if (reply !== undefined) resolve(reply);
      else reject(new ToexError('INTERNAL', `the API load worker exited with ${String(code)}`));
    });
    child.send(job);
  });
}
