import { formatUkDate } from '../../core/dates.js';
import type { VawgProfile } from '../profile/profile-types.js';
import type { PackSection } from '../document/pack-document.js';
import type { PackContext } from './generate-pack.js';

const scheduled = (day: string | undefined) =>
  day === undefined ? 'none scheduled' : formatUkDate(day);

const rankingNames = {
  rfg: 'RFG (recency, frequency, gravity)',
  occurrences: 'Number of VAWG occurrences',
  harm: 'Total harm (CCHI days)',
} as const;

/**
 * The configuration page: period, escalation (exclusion) settings, ranking, page counts,
 * models and reference tables with their versions, and the TTCG dates.
 */
export function configurationSection(
  ctx: PackContext,
  input: { profile: VawgProfile; schedule: readonly string[] },
): PackSection {
  const { profile, schedule } = input;
  const s = ctx.settings;
  const before = schedule.filter((d) => d < ctx.meetingDate).at(-1);
  const after = schedule.find((d) => d > ctx.meetingDate);
  const settingRows = [
    {
      setting: 'Period',
      value: `${formatUkDate(ctx.period.from)} to ${formatUkDate(ctx.period.to)} (last ${s.periodMonths} complete months before the pack date)`,
    },
    { setting: 'TTCG meeting date', value: formatUkDate(ctx.meetingDate) },
    { setting: 'Pack date', value: formatUkDate(ctx.packDate) },
    { setting: 'Previous TTCG meeting', value: scheduled(before) },
    { setting: 'Next TTCG meeting', value: scheduled(after) },
    { setting: 'Ranking', value: rankingNames[s.ranking] },
    { setting: 'Suspect pages', value: String(s.suspectPages) },
    { setting: 'Victim pages', value: String(s.victimPages) },
    { setting: 'No repeat page within (months)', value: String(s.exclusionMonths) },
    { setting: 'Handling marking', value: s.marking },
  ];
  return {
    id: 'configuration',
    title: 'Configuration',
    newPage: true,
    blocks: [
      {
        kind: 'table',
        id: 'configuration',
        title: 'Pack settings',
        columns: [
          { key: 'setting', label: 'Setting', kind: 'text' },
          { key: 'value', label: 'Value', kind: 'text' },
        ],
        rows: settingRows,
      },
      {
        kind: 'table',
        id: 'models',
        title: 'Models',
        columns: [
          { key: 'name', label: 'Model', kind: 'text' },
          { key: 'version', label: 'Version', kind: 'text' },
          { key: 'detail', label: 'Detail', kind: 'text' },
        ],
        rows: profile.models.map((m) => ({ ...m })),
      },
      {
        kind: 'table',
        id: 'reference-tables',
        title: 'Reference tables',
        columns: [
          { key: 'name', label: 'Table', kind: 'text' },
          { key: 'version', label: 'Version', kind: 'text' },
          { key: 'source', label: 'Source', kind: 'text' },
          { key: 'licence', label: 'Licence', kind: 'text' },
        ],
        rows: profile.references.map((r) => ({ ...r })),
        emptyText: 'No reference table versions recorded.',
      },
    ],
  };
}
