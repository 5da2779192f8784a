import { buildProfile } from '../profile/build-profile.js';
import { profileDocument } from '../profile/profile-document.js';
import { scheduledMeetings } from './pack-schedule.js';
import type { RankedPerson, VawgProfile } from '../profile/profile-types.js';
import type { ChartBlock, PackSection } from '../document/pack-document.js';
import { formatDate } from '../document/format-value.js';
import type { BuiltPack, PackBuilder, PackContext } from './generate-pack.js';
import type { PackPagePerson } from './pack-history.js';
import { packSql } from './pack-sql.js';
import { selectPagePeople } from './page-selection.js';
import { personPage } from './person-page.js';
import { personPageData } from './person-page-data.js';
import { configurationSection } from './configuration-section.js';

/** People read from the profile's rankings, so exclusions can still fill every page. */
const rankingDepth = 50;

/**
 * Builds the VAWG tasking pack of one meeting from the VAWG force profile of its period:
 * the profile's sections, suspect charts, the TOEX links summary, suspect (and optionally
 * victim) pages for the top of the chosen ranking, passing over people shown in recent
 * packs, and a configuration page.
 */
export const buildVawgPack: PackBuilder = async (ctx: PackContext): Promise<BuiltPack> => {
  const profile = await buildProfile(ctx.store, {
    force: ctx.force,
    from: ctx.period.from,
    to: ctx.period.to,
    top: rankingDepth,
  });
  const suspects = ranking(profile, 'suspects', ctx);
  const victims = ranking(profile, 'victims', ctx);
  const suspectPick = selectPagePeople(
    suspects.map((p) => p.personId),
    ctx.excluded,
    ctx.settings.suspectPages,
  );
  const victimPick = victims.slice(0, ctx.settings.victimPages).map((p) => p.personId);

  const pages: PackPagePerson[] = [
    ...suspectPick.chosen.map((personId, i) => ({
      pageKind: 'suspect' as const,
      rank: i + 1,
      personId,
    })),
    ...victimPick.map((personId, i) => ({ pageKind: 'victim' as const, rank: i + 1, personId })),
  ];
  const personSections: PackSection[] = [];
  for (const page of pages) {
    const list = page.pageKind === 'suspect' ? suspects : victims;
    personSections.push(
      personPage({
        kind: page.pageKind,
        pageNumber: page.rank,
        ranked: list.find((p) => p.personId === page.personId),
        data: await personPageData(ctx.store, page.personId),
        period: ctx.period,
        packDate: ctx.packDate,
      }),
    );
  }

  const base = profileDocument(profile, { forceLabel: forceLabel(ctx.force) });
  const document = {
    ...base,
    title: `VAWG tasking pack: ${forceLabel(ctx.force)}, TTCG ${formatDate(ctx.meetingDate)}`,
    marking: ctx.settings.marking,
    meetingDate: ctx.meetingDate,
    generatedAt: ctx.generatedAt,
    sections: [
      ...base.sections.filter((s) => s.id !== 'method'),
      await suspectChartsSection(ctx),
      await linksSection(ctx),
      pagesSection({ ctx, suspects, skipped: suspectPick.skipped }),
      ...personSections,
      configurationSection(ctx, {
        profile,
        schedule: await scheduledMeetings(ctx.store, ctx.force),
      }),
      // The method note only: the configuration page already lists models and references.
      ...base.sections
        .filter((s) => s.id === 'method')
        .map((s) => ({ ...s, blocks: s.blocks.filter((b) => b.kind === 'note') })),
    ],
  };
  return { document, pages };
};

function ranking(
  profile: VawgProfile,
  who: 'suspects' | 'victims',
  ctx: PackContext,
): RankedPerson[] {
  const r = profile[who];
  switch (ctx.settings.ranking) {
    case 'rfg':
      return r.byRfg;
    case 'occurrences':
      return r.byOccurrences;
    case 'harm':
      return r.byHarm;
  }
}

/** A force code as a title: `west-mercia` becomes `West Mercia`. */
export function forceLabel(force: string): string {
  return force
    .split('-')
    .map((w) => (w === '' ? w : `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`))
    .join(' ');
}

interface DimensionRow {
  dimension: string;
  label: string;
  people: number;
}

async function suspectChartsSection(ctx: PackContext): Promise<PackSection> {
  const rows = await ctx.store.query<DimensionRow>(packSql('pack-suspect-profile'), ctx.period);
  const chart = (dimension: string, title: string, top = 12): ChartBlock => {
    const picked = rows.filter((r) => r.dimension === dimension).slice(0, top);
    return {
      kind: 'chart',
      id: `suspects-by-${dimension}`,
      title,
      chart: 'bar',
      horizontal: true,
      categories: picked.map((r) => r.label),
      series: [{ name: 'Suspects (people)', values: picked.map((r) => r.people) }],
      xLabel: 'Suspects (people)',
      yLabel: '',
      emptyText: 'No suspect recorded in the period.',
    };
  };
  return {
    id: 'suspect-charts',
    title: 'Suspects of VAWG occurrences in the period',
    newPage: true,
    blocks: [
      { kind: 'note', text: 'People are counted once each (by resolved person_id), per value.' },
      chart('ethnicity', 'Suspects by ethnicity'),
      chart('district', 'Suspects by postcode district of the occurrence (top 12)'),
      chart('gender', 'Suspects by gender'),
      chart('age', 'Suspects by age at event'),
    ],
  };
}

async function linksSection(ctx: PackContext): Promise<PackSection> {
  const rows = await ctx.store.query<{ link_type: string; people: number; links: number }>(
    packSql('pack-links-summary'),
    ctx.period,
  );
  return {
    id: 'toex-links',
    title: 'TOEX links',
    blocks: [
      {
        kind: 'table',
        id: 'toex-links',
        title: 'Links held by people in VAWG occurrences of the period, by link type',
        columns: [
          { key: 'link_type', label: 'Link type', kind: 'text' },
          { key: 'people', label: 'VAWG people', kind: 'number' },
          { key: 'links', label: 'Links', kind: 'number' },
        ],
        rows,
        emptyText: 'No links recorded for VAWG people in the period.',
      },
    ],
  };
}

function pagesSection(input: {
  ctx: PackContext;
  suspects: RankedPerson[];
  skipped: string[];
}): PackSection {
  const { ctx, skipped } = input;
  const months = ctx.settings.exclusionMonths;
  const notes = skipped.map((id) => ({
    kind: 'note' as const,
    tone: 'warning' as const,
    text: `${id} ranks in the top suspects but had a suspect page in a pack for this force in the last ${months} months, so is not given a page again; the next person in the ranking is.`,
  }));
  return {
    id: 'pages',
    title: 'Suspect pages in this pack',
    blocks: [
      {
        kind: 'note',
        text: `Suspect pages go to the top ${ctx.settings.suspectPages} suspects by ${ctx.settings.ranking.toUpperCase()} ranking, passing over anyone given a page in the last ${months} months. The top lists above still list everyone.`,
      },
      ...(notes.length > 0
        ? notes
        : [{ kind: 'note' as const, text: 'No suspect was passed over.' }]),
    ],
  };
}
