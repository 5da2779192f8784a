import type { Command } from 'commander';

/** Adds every toex command to the program; each command lives in its own file. */
export function registerCommands(_program: Command): void {
  // Commands are registered here as each stage lands.
}
