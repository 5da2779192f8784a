import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import { join } from 'node:path';
import { repoRoot } from '../core/paths.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { AuditLog } from './audit/audit-log.js';
import { LocalIdentityProvider, type IdentityProvider } from './auth/identity-provider.js';
import { LoginLimiter } from './auth/login-limiter.js';
import { SessionStore } from './auth/session-store.js';
import type { ServerServices, ServerSettings } from './http/server-env.js';

/** How to start a server. The server owns `store` from then on and closes it on stop. */
export interface ServerOptions {
  store: Store;
  /** Port to listen on; 0 picks a free one (tests). */
  port: number;
  /** Address to listen on (default 127.0.0.1: loopback only). */
  host?: string;
  settings?: Partial<ServerSettings>;
  logger?: Logger;
  identity?: IdentityProvider;
  limiter?: LoginLimiter;
  sessions?: SessionStore;
}

/** A running server. */
export interface ToexServer {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  services: ServerServices;
  /** Stops accepting connections, lets in-flight requests finish, then closes the store. */
  close(): Promise<void>;
}

/** The default settings: secure cookies, 64 KiB bodies, the web app from dist-web/. */
export const defaultServerSettings: ServerSettings = {
  secureCookies: true,
  maxBodyBytes: 64 * 1024,
  webRoot: join(repoRoot, 'dist-web'),
};

/** Starts the toex HTTP server and resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<ToexServer> {
  const services = buildServices(options);
  const app = createApp(services);
  const requests = countRequests(app.fetch);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: requests.fetch, port: options.port, hostname: host }, () =>
      resolve(s),
    );
  });
  const port = (server.address() as AddressInfo).port;
  services.logger.info({ host, port }, 'toex server listening');
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
    })
      .then(() => requests.idle())
      .finally(() => options.store.close());
    return closing;
  };
  return { url: `http://${host}:${port}`, port, services, close };
}

/**
 * Wraps the app's fetch to count requests in progress. A client that hangs up leaves its
 * handler running (a queued profile build, say), so closing waits for `idle` before the
 * store is closed under it.
 */
function countRequests<TArgs extends unknown[], TResult>(
  fetch: (...args: TArgs) => TResult | Promise<TResult>,
) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const settle = () => {
    running -= 1;
    if (running === 0) for (const wake of waiting.splice(0)) wake();
  };
  return {
    fetch: async (...args: TArgs): Promise<TResult> => {
      running += 1;
      try {
        return await fetch(...args);
      } finally {
        settle();
      }
    },
    idle: () => (running === 0 ? Promise.resolve() : new Promise<void>((r) => waiting.push(r))),
  };
}

function buildServices(options: ServerOptions): ServerServices {
  const store = options.store;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    store,
    audit: new AuditLog(store),
    sessions: options.sessions ?? new SessionStore(store),
    identity: options.identity ?? new LocalIdentityProvider(store),
    limiter: options.limiter ?? new LoginLimiter(),
    logger: options.logger ?? pino({ level: 'info' }),
    settings: { ...defaultServerSettings, ...options.settings },
    exclusive: <T>(work: () => Promise<T>) => {
      const next = queue.then(work);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
