import type { Random } from '../core/random.js';
import { formatMinute } from './calendar.js';
import { postcodeIn } from './force-areas.js';
import type { Offence } from './offence-catalogue.js';
import type { Skeleton } from './occurrence-skeleton.js';
import type { SynthParameters } from './parameters.js';
import { drawIndex, drawWeight } from './weight-cache.js';

/** The occurrences.csv header (extract format version 1). */
export const occurrenceHeader = ['occurrence_ref', 'occurred_from', 'occurred_to', 'reported_at']
  .concat(['ho_code', 'offence_description', 'crime_type', 'is_crime', 'da_flag', 'status'])
  .concat(['outcome', 'location_type', 'address', 'postcode', 'latitude', 'longitude'])
  .concat(['lsoa_code', 'lpc', 'oic', 'summary']);

const openOutcomes = new Set(['Under investigation', 'Awaiting court outcome', '']);

/** Everything an occurrences.csv row is made from. */
export interface OccurrenceInput {
  ref: string;
  skeleton: Skeleton;
  offence: Offence | undefined;
  day: number;
  daFlag: boolean;
  outcome: string;
  oic: string;
}

/** One occurrences.csv row; the summary is short, plainly synthetic text. */
export function occurrenceRow(
  o: OccurrenceInput,
  ctx: { random: Random; parameters: SynthParameters },
): (string | number | undefined)[] {
  const { random } = ctx;
  const t = ctx.parameters.timing;
  const from = o.day * 1440 + drawWeight(random, t.hour_weights) * 60 + random.int(60);
  const to = random.chance(t.occurred_to_share) ? formatMinute(from + random.range(10, 2880)) : '';
  const reported = formatMinute(
    from + Math.round(random.exponential(t.report_delay_mean_hours * 60)),
  );
  const location = locationType(o, ctx);
  const s = o.skeleton;
  const described = o.offence?.offence ?? s.crimeType;
  const status =
    s.crimeType === 'Anti-social behaviour' || !openOutcomes.has(o.outcome) ? 'closed' : 'open';
  return [
    o.ref,
    formatMinute(from),
    to,
    reported,
    o.offence?.hoCode ?? '',
    described,
    s.crimeType,
    s.isCrime,
    o.daFlag ? 'Y' : 'N',
    status,
    o.outcome,
    location,
    s.location,
    postcodeIn(s.district.district, random),
    s.latitude,
    s.longitude,
    s.lsoaCode,
    s.lpc,
    o.oic,
    `SYNTHETIC RECORD: ${described.toLowerCase()} reported at ${location.toLowerCase()}.`,
  ];
}

function locationType(
  o: OccurrenceInput,
  ctx: { random: Random; parameters: SynthParameters },
): string {
  if (o.daFlag && ctx.random.chance(0.8)) return 'Dwelling';
  const table = ctx.parameters.location_types.by_crime_type;
  const list = table[o.skeleton.crimeType] ?? table['default'] ?? [['Street', 1]];
  return list[drawIndex(ctx.random, list, (l) => l[1])]?.[0] ?? 'Street';
}
