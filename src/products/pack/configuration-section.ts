import type { VawgProfile } from '../profile/profile-types.js';
import type { PackSection } from '../document/pack-document.js';
import type { PackContext } from './generate-pack.js';

/**
 * The configuration page: period, escalation (exclusion) settings, ranking, page counts,
 * models and reference tables with their versions, and the TTCG dates.
 */
export function configurationSection(ctx: PackContext, profile: VawgProfile): PackSection {
  const s = ctx.settings;
  const settingRows = [
    {
      setting: 'Period',
      value: `${ctx.period.from} to ${ctx.period.to} (last ${s.periodMonths} complete months before the pack date)`,
    },
    { setting: 'TTCG meeting date', value: ctx.meetingDate },
    { setting: 'Pack date', value: ctx.packDate },
    { setting: 'Ranking', value: s.ranking },
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
