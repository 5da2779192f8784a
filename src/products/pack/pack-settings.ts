import { ToexError } from '../../core/errors.js';

/** Output formats a pack can be written in. */
export type PackFormat = 'pdf' | 'html' | 'csv' | 'xlsx';
export const packFormats: readonly PackFormat[] = ['pdf', 'html', 'csv', 'xlsx'];

/** How suspects (and victims) are ranked for pages and top lists. */
export type PackRanking = 'rfg' | 'occurrences' | 'harm';

/** Settings of a pack; every pack records the settings it was made with. */
export interface PackSettings {
  /** Handling marking on every page. */
  marking: string;
  /** Complete months before the pack date that the pack covers. */
  periodMonths: number;
  /** A person given a page in the last N months of packs for the force gets no page again. */
  exclusionMonths: number;
  ranking: PackRanking;
  suspectPages: number;
  victimPages: number;
}

/** Defaults: OFFICIAL-SENSITIVE, six-month period and exclusion, RFG, three suspect pages. */
export const defaultPackSettings: PackSettings = {
  marking: 'OFFICIAL-SENSITIVE',
  periodMonths: 6,
  exclusionMonths: 6,
  ranking: 'rfg',
  suspectPages: 3,
  victimPages: 0,
};

type NumberSetting = 'periodMonths' | 'exclusionMonths' | 'suspectPages' | 'victimPages';
type Range = readonly [number, number];

/** The whole-number settings and their ranges: a period needs a month, the rest may be 0. */
export const settingRanges: Record<NumberSetting, Range> = {
  periodMonths: [1, 60],
  exclusionMonths: [0, 60],
  suspectPages: [0, 60],
  victimPages: [0, 60],
};

/** Merges overrides into the defaults and checks them; throws INVALID_VALUE naming the setting. */
export function packSettings(overrides: Partial<PackSettings> = {}): PackSettings {
  const settings = { ...defaultPackSettings, ...overrides };
  for (const [key, [min, max]] of Object.entries(settingRanges) as [NumberSetting, Range][]) {
    const value = settings[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ToexError(
        'INVALID_VALUE',
        `pack setting ${key} must be a whole number ${min}-${max}; got ${value}`,
      );
    }
  }
  if (!['rfg', 'occurrences', 'harm'].includes(settings.ranking)) {
    throw new ToexError('INVALID_VALUE', 'pack setting ranking must be rfg, occurrences or harm');
  }
  checkMarking(settings.marking);
  return settings;
}

/** Longest handling marking: it has to fit the header band of every PDF page. */
export const maxMarkingLength = 100;

function checkMarking(marking: string): void {
  if (typeof marking !== 'string' || marking.trim() === '') {
    throw new ToexError('INVALID_VALUE', 'pack setting marking must not be empty');
  }
  // A line break or control character would split or hide the marking on the page band.
  if (marking.length > maxMarkingLength || /[\u0000-\u001f\u007f]/.test(marking)) {
    throw new ToexError(
      'INVALID_VALUE',
      `pack setting marking must be one line of at most ${maxMarkingLength} characters`,
    );
  }
}

/** Parses a comma-separated format list such as `pdf,html`; throws on an unknown format. */
export function parseFormats(text: string): PackFormat[] {
  const formats = text
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== '');
  for (const f of formats) {
    if (!packFormats.includes(f as PackFormat)) {
      throw new ToexError(
        'INVALID_VALUE',
        `unknown pack format "${f}"; use ${packFormats.join(', ')}`,
      );
    }
  }
  return formats as PackFormat[];
}
