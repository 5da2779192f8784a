import { Command } from 'commander';
import { ToexError } from '../../core/errors.js';
import { AuditLog } from '../../server/audit/audit-log.js';
import { verifyAuditChain } from '../../server/audit/verify-audit.js';
import { dbOption, openStore } from '../options.js';

/** `toex audit verify|show`: check the audit hash chain; read the log (supervisors). */
export function auditCommand(): Command {
  const audit = new Command('audit').description('check and read the audit log');
  audit
    .command('verify')
    .description('recompute the audit hash chain; exits non-zero at the first break')
    .addOption(dbOption())
    .action(async (opts: { db: string }) => {
      await using store = await openStore(opts.db);
      const outcome = await verifyAuditChain(store);
      const broken = outcome.firstBreak;
      if (broken !== null)
        throw new ToexError(
          'CONFLICT',
          `audit log broken at entry ${broken.entryId} (${broken.check}): expected ${broken.expected}, found ${broken.found}; the log was edited, restore it from a backup and investigate`,
        );
      process.stdout.write(`audit log intact: ${outcome.entries} entries\n`);
    });
  audit
    .command('show')
    .description('print audit entries, newest first, as JSON lines')
    .addOption(dbOption())
    .option('--limit <n>', 'entries to show', '50')
    .option('--user <username>', 'only this user')
    .option('--action <action>', 'only this action, e.g. person.view')
    .action(async (opts: { db: string; limit: string; user?: string; action?: string }) => {
      await using store = await openStore(opts.db);
      const entries = await new AuditLog(store).list({
        limit: Number(opts.limit) || 50,
        ...(opts.user === undefined ? {} : { username: opts.user }),
        ...(opts.action === undefined ? {} : { action: opts.action }),
      });
      for (const e of entries) process.stdout.write(`${JSON.stringify(e)}\n`);
    });
  return audit;
}
