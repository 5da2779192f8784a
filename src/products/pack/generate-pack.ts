import type { Store } from '../../store/store.js';
import type { PackDocument } from '../document/pack-document.js';
import { packContentHash } from './content-hash.js';
import { recentlyShown, recordPack, type PackPagePerson, type PackRecord } from './pack-history.js';
import { packDateFor, packPeriod, parseDay } from './pack-period.js';
import type { PackFormat, PackSettings } from './pack-settings.js';
import type { RecordScope } from './record-scope.js';
import { writePackFiles } from './write-pack-files.js';

/** What a pack builder is given: the meeting, its period, settings and who to pass over. */
export interface PackContext {
  store: Store;
  force: string;
  meetingDate: string;
  packDate: string;
  period: { from: string; to: string };
  settings: PackSettings;
  /** Whose person records the person pages may show: one force's, or every force's (null). */
  recordScope: RecordScope;
  /** People given a suspect page in the force's packs of the last `exclusionMonths`. */
  excluded: ReadonlySet<string>;
  generatedAt: string;
}

/** A built pack: its document and the people it gave pages to. */
export interface BuiltPack {
  document: PackDocument;
  pages: PackPagePerson[];
}

/** Builds one kind of pack (the VAWG pack is `buildVawgPack`). */
export type PackBuilder = (context: PackContext) => Promise<BuiltPack>;

/** A request to generate the pack of one meeting. */
export interface GenerateRequest {
  force: string;
  meetingDate: string;
  settings: PackSettings;
  builder: PackBuilder;
  /**
   * Whose person records the person pages show: the force of the analyst the pack is made
   * for, or every force (`null`, the default: the command line and the regional roles).
   */
  recordScope?: RecordScope;
  /** Where to write files; omit to build and record only. */
  output?: { outDir: string; formats: readonly PackFormat[] };
  /** Generation time, ISO; default now. Only the rendered time depends on it, not the hash. */
  now?: string;
}

/** The outcome of generating a pack. */
export interface GeneratedPack {
  record: PackRecord;
  document: PackDocument;
  files: string[];
}

/**
 * Generates the pack of one TTCG meeting: works out the pack date and period, passes over
 * people shown in recent packs, builds (person pages within the record scope), writes the
 * files and records the pack in history.
 */
export async function generatePack(store: Store, request: GenerateRequest): Promise<GeneratedPack> {
  parseDay(request.meetingDate, 'meeting date');
  const packDate = packDateFor(request.meetingDate);
  const period = packPeriod(packDate, request.settings.periodMonths);
  const generatedAt = request.now ?? `${new Date().toISOString().slice(0, 19)}Z`;
  const excluded = await recentlyShown(store, {
    force: request.force,
    meetingDate: request.meetingDate,
    months: request.settings.exclusionMonths,
  });

  const context = {
    store,
    force: request.force,
    meetingDate: request.meetingDate,
    packDate,
    period,
  };
  const recordScope = request.recordScope ?? null;
  const built = await request.builder({
    ...context,
    settings: request.settings,
    recordScope,
    excluded,
    generatedAt,
  });

  const stem = `${request.force}-vawg-pack-${request.meetingDate}`;
  const files =
    request.output === undefined
      ? []
      : await writePackFiles(built.document, { ...request.output, stem });

  const record: PackRecord = {
    force: request.force,
    meetingDate: request.meetingDate,
    packDate,
    period,
    contentHash: packContentHash(built.document),
    settings: request.settings,
    generatedAt,
    pages: built.pages,
  };
  await recordPack(store, record);
  return { record, document: built.document, files };
}
