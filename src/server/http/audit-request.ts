import type { Context } from 'hono';
import type { AuditEntry, AuditEvent } from '../audit/audit-entry.js';
import type { ServerEnv } from './server-env.js';

/** What a route states about one audited request; the rest comes from the context. */
export type AuditFacts = Pick<AuditEvent, 'action' | 'ids' | 'outcome'> & { purpose?: string };

/** Appends an audit entry for this request: who (the session user), the route, and `facts`. */
export function auditRequest(c: Context<ServerEnv>, facts: AuditFacts): Promise<AuditEntry> {
  const user = c.get('user');
  return c.get('services').audit.append({
    userId: user?.userId ?? null,
    username: user?.username ?? null,
    role: user?.role ?? null,
    route: routeName(c),
    purpose: facts.purpose ?? null,
    action: facts.action,
    ids: facts.ids,
    outcome: facts.outcome,
  });
}

/** The route of this request as the route table names it: `GET /api/persons/{personId}`. */
export function routeName(c: Context): string {
  return `${c.req.method} ${c.req.routePath.replace(/:(\w+)/g, '{$1}')}`;
}
