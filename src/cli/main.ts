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
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return reportFailure(error);
  }
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
  process.stderr.write(
    `toex: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  return 1;
}
