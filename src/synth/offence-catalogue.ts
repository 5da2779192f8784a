import { dataPath } from '../core/paths.js';
import type { Random } from '../core/random.js';
import { readCsvRows } from '../reference/csv-file.js';
import { drawWeight } from './weight-cache.js';

/** One Home Office offence code and where it sits. */
export interface Offence {
  hoCode: string;
  offence: string;
  crimeType: string;
  subgroup: string;
  /** Rule of data/reference/vawg-offence-codes-draft.csv, or '' when not listed. */
  vawgRule: string;
}

interface Choice<T> {
  items: T[];
  weights: number[];
}

/**
 * Offence codes by data.police.uk category, drawn in two steps: the PRC subgroup in
 * proportion to national 2024/25 counts (cchi-subgroup-medians.csv), then a code within
 * the subgroup by parameters.json code_weights (default weight 1).
 */
export class OffenceCatalogue {
  private readonly byCode = new Map<string, Offence>();
  private readonly subgroups = new Map<string, Choice<string>>();
  private readonly codes = new Map<string, Choice<Offence>>();

  constructor(codeWeights: Record<string, number>) {
    const vawg = new Map(
      readCsvRows(dataPath('reference', 'vawg-offence-codes-draft.csv')).map((r) => [
        r['ho_code'] ?? '',
        r['vawg_rule'] ?? '',
      ]),
    );
    for (const r of readCsvRows(dataPath('reference', 'offence-codes.csv'))) {
      const offence = toOffence(r, vawg);
      this.byCode.set(offence.hoCode, offence);
      addChoice(this.codes, offence.subgroup, {
        item: offence,
        weight: codeWeights[offence.hoCode] ?? 1,
      });
    }
    for (const r of readCsvRows(dataPath('reference', 'cchi-subgroup-medians.csv'))) {
      const subgroup = r['prc_subgroup'] ?? '';
      if (!this.codes.has(subgroup)) continue;
      addChoice(this.subgroups, r['category'] ?? '', {
        item: subgroup,
        weight: Number(r['national_count_2024_25']),
      });
    }
  }

  /** A code for an occurrence of the category, or undefined for anti-social behaviour. */
  draw(crimeType: string, random: Random): Offence | undefined {
    const subgroups = this.subgroups.get(crimeType);
    if (subgroups === undefined) return undefined;
    const subgroup = subgroups.items[drawWeight(random, subgroups.weights)] ?? '';
    const codes = this.codes.get(subgroup);
    if (codes === undefined) return undefined;
    return codes.items[drawWeight(random, codes.weights)];
  }

  /** The offence of a code; throws RangeError for a code not in offence-codes.csv. */
  get(hoCode: string): Offence {
    const offence = this.byCode.get(hoCode);
    if (offence === undefined) throw new RangeError(`unknown ho_code ${hoCode}`);
    return offence;
  }

  /** True when the code exists in offence-codes.csv. */
  has(hoCode: string): boolean {
    return this.byCode.has(hoCode);
  }
}

function toOffence(r: Record<string, string>, vawg: Map<string, string>): Offence {
  const hoCode = r['ho_code'] ?? '';
  return {
    hoCode,
    offence: r['offence'] ?? '',
    crimeType: r['crime_type'] ?? '',
    subgroup: r['prc_subgroup'] ?? '',
    vawgRule: vawg.get(hoCode) ?? '',
  };
}

function addChoice<T>(
  map: Map<string, Choice<T>>,
  key: string,
  entry: { item: T; weight: number },
): void {
  const choice = map.get(key) ?? { items: [], weights: [] };
  choice.items.push(entry.item);
  choice.weights.push(entry.weight);
  map.set(key, choice);
}
