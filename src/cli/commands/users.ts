import { createInterface } from 'node:readline/promises';
import { Command, Option } from 'commander';
import { ToexError } from '../../core/errors.js';
import { isRole, roles } from '../../server/auth/role.js';
import { addUser, listUsers } from '../../server/auth/user-store.js';
import { auditCommand } from '../cli-audit.js';
import { dbOption, openOrCreateStore, openStore } from '../options.js';

/** Reads a password from piped stdin, or prompts twice on a terminal (echo is not hidden). */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  // TODO: the prompt echoes the password; muting needs a raw-mode reader, as in `read -s`.
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const first = await rl.question('password: ');
    if (first !== (await rl.question('again: ')))
      throw new ToexError('INVALID_VALUE', 'the two passwords differ; run the command again');
    return first;
  } finally {
    rl.close();
  }
}

/** `toex users add|list`: local accounts of the analysts' server. */
export function usersCommand(): Command {
  const users = new Command('users').description('manage accounts of the analysts server');
  users
    .command('add')
    .description('add a local account; the password is read from stdin or a prompt')
    .addOption(dbOption())
    .requiredOption('--username <name>', 'login name (a-z 0-9 . _ -)')
    .addOption(new Option('--role <role>', 'role').choices(roles).makeOptionMandatory())
    .option('--force <force>', 'for an analyst: the force whose records they see')
    .action(async (opts: { db: string; username: string; role: string; force?: string }) => {
      if (!isRole(opts.role)) throw new ToexError('INVALID_VALUE', `unknown role ${opts.role}`);
      const password = await readPassword();
      await using store = await openOrCreateStore(opts.db);
      const id = await addUser(store, { ...opts, role: opts.role, password });
      // As the web app logs account changes: the new account's id, role and force, no name.
      await auditCommand(store, {
        action: 'user.add',
        command: 'users add',
        ids: { userId: id, role: opts.role, force: opts.force ?? null },
        purpose: null,
      });
      process.stdout.write(`added ${opts.username} (${opts.role}) as ${id}\n`);
    });
  users
    .command('list')
    .description('list accounts')
    .addOption(dbOption())
    .action(async (opts: { db: string }) => {
      await using store = await openStore(opts.db);
      for (const u of await listUsers(store))
        process.stdout.write(
          `${u.username}\t${u.role}\t${u.force ?? '-'}\t${u.identityProvider}${u.disabled ? '\tdisabled' : ''}\n`,
        );
    });
  return users;
}
