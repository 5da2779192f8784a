import { Command } from 'commander';
import {
  loadRegionalSettings,
  packSettingKeys,
  parsePackSetting,
  saveRegionalSettings,
  type RegionalSetting,
} from '../../products/pack/regional-settings.js';
import { auditCommand, cliUsername } from '../cli-audit.js';
import { dbOption, openOrCreateStore, openStore } from '../options.js';

/**
 * `toex settings show|set`: the regional settings, which are the defaults of every tasking
 * pack (`toex packs`, the main job and the web app). The web app's Administration page
 * edits the same settings.
 */
export function settingsCommand(): Command {
  const settings = new Command('settings').description(
    'regional settings: the defaults of every tasking pack',
  );
  settings
    .command('show')
    .description('list each setting, its value, and who set it last')
    .addOption(dbOption())
    .action(async (opts: { db: string }) => {
      await using store = await openStore(opts.db);
      const { entries } = await loadRegionalSettings(store);
      process.stdout.write(entries.map(settingLine).join(''));
    });
  settings
    .command('set')
    .description('set one setting; packs use it unless a command-line flag overrides it')
    .argument('<key>', `the setting: ${packSettingKeys.join(', ')}`)
    .argument('<value>', 'its new value, e.g. OFFICIAL-SENSITIVE or 6')
    .option('--by <name>', 'who makes the change, as shown beside the setting', cliUsername())
    .addOption(dbOption())
    .action(async (key: string, value: string, opts: { db: string; by: string }) => {
      const values = parsePackSetting(key, value);
      await using store = await openOrCreateStore(opts.db);
      const changed = await saveRegionalSettings(store, { values, by: opts.by });
      await auditCommand(store, {
        action: 'settings.update',
        command: 'settings set',
        ids: { changed },
        purpose: null,
      });
      process.stdout.write(
        changed.length === 0 ? `${key} is already ${value}; nothing changed\n` : `set ${key}\n`,
      );
    });
  return settings;
}

/** One line of `toex settings show`: key, value, and who set it when (UTC) or `default`. */
function settingLine(entry: RegionalSetting): string {
  const origin =
    entry.changedBy === null
      ? 'default'
      : `set by ${entry.changedBy} at ${entry.changedAt ?? '?'} UTC`;
  return `${entry.key.padEnd(16)}  ${String(entry.value).padEnd(24)}  ${origin}\n`;
}
