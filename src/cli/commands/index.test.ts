import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerCommands } from './index.js';

/** Every command that runs (a leaf of the command tree), with its full name. */
function leaves(command: Command, prefix = ''): { name: string; command: Command }[] {
  const name = `${prefix} ${command.name()}`.trim();
  if (command.commands.length === 0) return [{ name, command }];
  return command.commands.flatMap((c) => leaves(c, name));
}

describe('toex commands', () => {
  const program = new Command('toex');
  registerCommands(program);
  const commands = leaves(program);

  it('are all registered', () => {
    // A floor, not an exact list, so adding a command does not break this test.
    expect(commands.length).toBeGreaterThanOrEqual(20);
    expect(commands.map((c) => c.name)).toEqual(
      expect.arrayContaining(['toex ingest', 'toex synth', 'toex profile', 'toex resolve eval']),
    );
  });

  it('each take --db PATH and describe themselves for --help', () => {
    const withoutDb = commands.filter((c) => !c.command.options.some((o) => o.long === '--db'));
    expect(withoutDb.map((c) => c.name)).toEqual([]);
    const undescribed = commands.filter((c) => c.command.description().trim() === '');
    expect(undescribed.map((c) => c.name)).toEqual([]);
  });
});
