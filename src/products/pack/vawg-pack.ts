import { forceName } from '../../core/force-name.js';
import { loadRfgModel } from '../../models/index.js';
import { buildProfile } from '../profile/build-profile.js';
import { profileDocument } from '../profile/profile-document.js';
import { personRankings } from '../profile/profile-rankings.js';
import { scheduledMeetings } from './pack-schedule.js';
import type { PersonRankings, RankedPerson, VawgProfile } from '../profile/profile-types.js';
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

/**
 * How deep page selection reads the rankings, so exclusions can still fill every page. The
 * ranking tables print the profile's own top N (10); only the choice of pages looks deeper.
 */
const rankingDepth = 50;

/** Where a pack's reader finds every person of a tie that print cuts short. */
const packFullList = "the pack's CSV and Excel exports";

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
  });
  const deep = await deepRankings(ctx, profile);
  const suspects = ranking(deep.suspects, ctx);
  const victims = ranking(deep.victims, ctx);
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

  const base = profileDocument(profile, {
    periodChosen: `the last ${ctx.settings.periodMonths} complete months before the pack date, ${formatDate(ctx.packDate)}`,
    fullListIn: packFullList,
  });
  const pagesInput = {
    ctx,
    suspects,
    selection: suspectPick,
    print: { top: profile.options.top, fullListIn: packFullList },
  };
  const document = {
    ...base,
    title: `VAWG tasking pack: ${forceName(ctx.force)}, TTCG ${formatDate(ctx.meetingDate)}`,
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

/**
 * Suspect and victim rankings to `rankingDepth` (ties kept), for choosing page people past
 * exclusions. Reads the temp tables `buildProfile` left on the connection.
 */
async function deepRankings(
  ctx: PackContext,
  profile: VawgProfile,
): Promise<{ suspects: PersonRankings; victims: PersonRankings }> {
  const spec = {
    period: profile.period,
    top: rankingDepth,
    model: loadRfgModel(),
    combine: profile.options.rfgCombine,
  };
  return {
    suspects: await personRankings(ctx.store, { ...spec, roleGroup: 'suspect' }),
    victims: await personRankings(ctx.store, { ...spec, roleGroup: 'victim' }),
  };
}

function ranking(r: PersonRankings, ctx: PackContext): RankedPerson[] {
  switch (ctx.settings.ranking) {
    case 'rfg':
      return r.byRfg;
    case 'occurrences':
      return r.byOccurrences;
    case 'harm':
      return r.byHarm;
  }
}
