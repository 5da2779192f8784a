import type { Logger } from 'pino';
import type { Store } from '../../store/store.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { IdentityProvider } from '../auth/identity-provider.js';
import type { LoginLimiter } from '../auth/login-limiter.js';
import type { SessionUser } from '../auth/role.js';
import type { SessionStore } from '../auth/session-store.js';

/** Settings of one server, checked at startup. */
export interface ServerSettings {
  /**
   * Mark cookies `Secure`. On by default; turn off only for plain-http loopback development,
   * where a browser would otherwise drop the cookies.
   */
  secureCookies: boolean;
  /** Largest request body in bytes (default 64 KiB); larger bodies get 413. */
  maxBodyBytes: number;
  /** Folder of the built web app, served when it exists. */
  webRoot: string;
}

/** What the routes need, created once per server. */
export interface ServerServices {
  store: Store;
  audit: AuditLog;
  sessions: SessionStore;
  identity: IdentityProvider;
  limiter: LoginLimiter;
  logger: Logger;
  settings: ServerSettings;
  /** Runs model steps one at a time: they share temp tables on the store's connection. */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
}

/** The Hono environment of the toex API. */
export interface ServerEnv {
  Variables: {
    services: ServerServices;
    /** The signed-in user, or null before sign-in. */
    user: SessionUser | null;
    requestId: string;
  };
}
