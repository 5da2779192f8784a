import type { Command } from 'commander';
import { registerReferenceCommand } from './reference.js';

/** Adds every toex command to the program; each command lives in its own file. */
export function registerCommands(program: Command): void {
  // Commands are registered here as each stage lands.
  registerReferenceCommand(program);
}
