import { Command, CommanderError } from 'commander';
import { errorCodeTable, isToexError } from '../core/errors.js';
import { registerCommands } from './commands/index.js';

/**
 * Runs the `toex` command line and returns the process exit code: 0 success, 1 internal
 * error, and the codes of `errorCodeTable` for each typed failure (2 invalid input, ...).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('toex')
    .description('Exploitation-intelligence platform: ingest, resolve, score and report.')
    .exitOverride()
    .showHelpAfterError();
  registerCommands(program);
  // Commands made with `new Command()` and added do not inherit these: set them on all.
  forEachCommand(program, (c) => c.exitOverride().showHelpAfterError());
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return reportFailure(error);
  }
}

function forEachCommand(command: Command, visit: (c: Command) => void): void {
  visit(command);
  for (const sub of command.commands) forEachCommand(sub, visit);
}

/** File-system failures a user can fix (a path that is wrong, missing or not writable). */
const fileErrors: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder, where a file was expected',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'already exists',
};

function fileError(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  const reason = code === undefined ? undefined : fileErrors[code];
  if (reason === undefined) return undefined;
  return `${path ?? 'a file'}: ${reason}; check the path given (e.g. --out, --db)`;
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? 0 : 2;
  }
  if (isToexError(error)) {
    process.stderr.write(`toex: ${error.message}\n`);
    if (process.env['TOEX_DEBUG'] && error.cause) console.error(error.cause);
    return errorCodeTable[error.code].exit;
  }
  const file = fileError(error);
  if (file !== undefined) {
    process.stderr.write(`toex: ${file}\n`);
    return errorCodeTable.SOURCE_UNREADABLE.exit;
  }
  process.stderr.write(
    `toex: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  return 1;
}
