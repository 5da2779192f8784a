import { z } from 'zod';
import type { VawgProfile } from '../products/profile/profile-types.js';
import type { Store } from '../store/store.js';

const recordRef = z.object({ force: z.string(), person_ref: z.string() });
const truthSchema = z.object({
  prolific_suspect: recordRef,
  movers_into_bedfordshire: z.array(z.object({ refs: z.record(z.string(), z.string()) })),
});

/** How the planted cases of the default data fared in a profile. */
export interface PlantedCaseCheck {
  /** Rank of the planted prolific suspect by RFG, or null when not ranked. */
  prolificRfgRank: number | null;
  moversPlanted: number;
  moversInMafb: number;
}

/**
 * Finds the default data's planted cases (ground-truth.json from `toex synth`) in a profile:
 * the prolific young suspect's RFG rank and how many planted movers MAFB lists. A self-check
 * that the whole pipeline, resolution included, still finds what was planted.
 */
export async function checkPlantedCases(
  store: Store,
  profile: VawgProfile,
  truth: unknown,
): Promise<PlantedCaseCheck | undefined> {
  const parsed = truthSchema.safeParse(truth);
  if (!parsed.success || profile.force !== 'bedfordshire') return undefined;
  const prolific = await personIdOf(store, parsed.data.prolific_suspect);
  const ranked = profile.suspects.byRfg.find((p) => p.personId === prolific);
  const listed = new Set(profile.mafb.map((m) => m.personId));
  let moversInMafb = 0;
  for (const mover of parsed.data.movers_into_bedfordshire) {
    const ref = mover.refs['bedfordshire'];
    if (ref === undefined) continue;
    const id = await personIdOf(store, { force: 'bedfordshire', person_ref: ref });
    if (id !== undefined && listed.has(id)) moversInMafb += 1;
  }
  return {
    prolificRfgRank: ranked?.rank ?? null,
    moversPlanted: parsed.data.movers_into_bedfordshire.length,
    moversInMafb,
  };
}

async function personIdOf(
  store: Store,
  ref: { force: string; person_ref: string },
): Promise<string | undefined> {
  const rows = await store.query<{ person_id: string }>(
    'SELECT person_id FROM person_key WHERE force = $force AND person_ref = $ref',
    { force: ref.force, ref: ref.person_ref },
  );
  return rows[0]?.person_id;
}
