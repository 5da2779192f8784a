import { userInfo } from 'node:os';
import { Option } from 'commander';
import { ToexError } from '../core/errors.js';
import { AuditLog } from '../server/audit/audit-log.js';
import type { JsonValue } from '../server/audit/canonical-json.js';
import type { Store } from '../store/store.js';

/**
 * The `--purpose TEXT` option of a command that shows person-level data. Required: the
 * command line is held to the same rule as the web app (a person view states why).
 */
export function purposeOption(): Option {
  return new Option(
    '--purpose <text>',
    'why you need this person-level data (5-500 characters); kept in the audit log',
  ).makeOptionMandatory();
}

/** The stated purpose, trimmed and checked as the API checks it. */
export function statedPurpose(text: string): string {
  const purpose = text.trim();
  if (purpose.length < 5 || purpose.length > 500) {
    throw new ToexError(
      'INVALID_VALUE',
      '--purpose must state why the data is needed in 5-500 characters',
    );
  }
  return purpose;
}

/**
 * Appends a command-line use of person-level data to the store's audit chain, as the server
 * does for its routes: who (the operating-system account, as `cli:<name>`), the command,
 * the ids involved and the purpose. Ids only, never names or other personal values.
 */
export async function auditCommand(
  store: Store,
  event: {
    action: string;
    command: string;
    ids: Record<string, JsonValue>;
    purpose: string | null;
    /** Default 'ok'; 'not-found' when the asked-for person or record does not exist. */
    outcome?: 'ok' | 'not-found';
  },
): Promise<void> {
  await new AuditLog(store).append({
    userId: null,
    username: cliUsername(),
    role: 'command-line',
    action: event.action,
    route: `toex ${event.command}`,
    ids: event.ids,
    purpose: event.purpose,
    outcome: event.outcome ?? 'ok',
  });
}

/** The command line's name in the audit log and the settings: `cli:<OS account>`. */
export function cliUsername(): string {
  return `cli:${operator()}`;
}

function operator(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env['USER'] ?? 'unknown';
  }
}
