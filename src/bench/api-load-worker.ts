// A child process of `npm run bench`: runs one autocannon load against the toex API and sends
// the latency summary back over IPC, so the load is generated outside the server's process.
import autocannon from 'autocannon';
import { summariseLatency, type LatencySummary } from './latency-summary.js';

/** One load run: `connections` users, each looping on `url`, bounded in count and time. */
export interface ApiLoadJob {
  url: string;
  /** The Cookie header: the signed-in session. */
  cookie: string;
  connections: number;
  /** Stop after this many responses in all. */
  maxRequests: number;
  /** Stop after this many seconds, whatever is in flight. */
  maxSeconds: number;
}

/** What the worker sends back: the summary, and whether the time cap stopped the run. */
export interface ApiLoadReply {
  summary: LatencySummary;
  capped: boolean;
}

/** Runs `job` and summarises every response's time (ms); non-2xx responses count as errors. */
export async function runLoad(job: ApiLoadJob): Promise<ApiLoadReply> {
  const times: number[] = [];
  let failed = 0;
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    amount: job.maxRequests,
    timeout: job.maxSeconds,
    headers: { cookie: job.cookie },
  });
  instance.on('response', (...args: [unknown, number, number, number]) => {
    const [, status, , ms] = args;
    times.push(ms);
    if (status < 200 || status > 299) failed += 1;
  });
  let capped = false;
  const cap = setTimeout(() => {
    capped = true;
    instance.stop();
  }, job.maxSeconds * 1000);
  const result = await instance;
  clearTimeout(cap);
  return { summary: summariseLatency(times, failed + result.errors), capped };
}

process.once('message', (job: ApiLoadJob) => {
  runLoad(job).then(
    (reply) => process.send?.(reply, () => process.disconnect()),
    (error: unknown) => {
      process.stderr.write(`api load worker: ${String(error)}\n`);
      process.exitCode = 1;
      process.disconnect();
    },
  );
});
