import { buildProfile } from '../profile/build-profile.js';
import { profileDocument } from '../profile/profile-document.js';
import { scheduledMeetings } from './pack-schedule.js';
import type { RankedPerson, VawgProfile } from '../profile/profile-types.js';
import type { PackSection } from '../document/pack-document.js';
import { formatDate } from '../document/format-value.js';
import type { BuiltPack, PackBuilder, PackContext } from './generate-pack.js';
import type { PackPagePerson } from './pack-history.js';
import { linksSection } from './links-section.js';
import { pagesSection, topFiveTable } from './pages-section.js';
import { selectPagePeople } from './page-selection.js';
import { personPage } from './person-page.js';
import { personPageData } from './person-page-data.js';
import { configurationSection } from './configuration-section.js';
import { suspectChartsSection } from './suspect-charts-section.js';

/** People read from the profile's rankings, so exclusions can still fill every page. */
const rankingDepth = 50;

/**
 * Builds the VAWG tasking pack of one meeting from the VAWG force profile of its period:
 * the profile's sections (the summary gains a top five suspects table), suspect charts, the
 * TOEX links summary, suspect (and optionally victim) pages for the top of the chosen
 * ranking, passing over people shown in recent packs, and a configuration page.
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
        data: await personPageData(ctx.store, page.personId, ctx.recordScope),
        period: ctx.period,
        packDate: ctx.packDate,
      }),
    );
  }

  const base = profileDocument(profile, { forceLabel: forceLabel(ctx.force) });
  const pagesInput = { ctx, suspects, selection: suspectPick };
  const document = {
    ...base,
    title: `VAWG tasking pack: ${forceLabel(ctx.force)}, TTCG ${formatDate(ctx.meetingDate)}`,
    marking: ctx.settings.marking,
    meetingDate: ctx.meetingDate,
    generatedAt: ctx.generatedAt,
    sections: [
      ...base.sections
        .filter((s) => s.id !== 'method')
        .map((s) =>
          s.id === 'summary' ? { ...s, blocks: [...s.blocks, topFiveTable(pagesInput)] } : s,
        ),
      await suspectChartsSection(ctx),
      await linksSection(ctx),
      pagesSection(pagesInput),
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
