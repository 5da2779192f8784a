import type { Command } from 'commander';
import { registerIngestCommand } from './ingest.js';
import { registerPacksCommand } from './packs.js';
import { registerProfileCommand } from './profile.js';
import { registerReferenceCommand } from './reference.js';
import { registerResolveCommand } from './resolve.js';
import { registerStartCommand } from './start.js';
import { registerSynthCommand } from './synth.js';
import { auditCommand } from './audit.js';
import { serveCommand } from './serve.js';
import { settingsCommand } from './settings.js';
import { usersCommand } from './users.js';

/** Adds every toex command to the program; each command lives in its own file. */
export function registerCommands(program: Command): void {
  // Commands are registered here as each stage lands.
  registerIngestCommand(program);
  registerPacksCommand(program);
  registerProfileCommand(program);
  registerReferenceCommand(program);
  registerResolveCommand(program);
  registerStartCommand(program);
  registerSynthCommand(program);
  program.addCommand(serveCommand());
  program.addCommand(usersCommand());
  program.addCommand(settingsCommand());
  program.addCommand(auditCommand());
}
