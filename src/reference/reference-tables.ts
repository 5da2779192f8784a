import { basename } from 'node:path';
import { ethnicityCodesFile, readEthnicityCodes } from './ethnicity-codes.js';
import { fileSha256 } from './file-sha256.js';
import { readForceCategoryHarm, forceCategoryHarmFile } from './force-category-harm.js';
import { harmTable } from './harm-table.js';
import { offenceCodesFile, readOffenceCodes } from './offence-codes.js';
import { populationFile, readPopulation } from './population.js';
import { postcodeDistrictsFile, readPostcodeDistricts } from './postcode-districts.js';
import type { ReferenceTable } from './reference-table.js';
import { readVawgRules, vawgRulesFile } from './vawg-rules.js';

/** Files a user may supply instead of (or on top of) the shipped defaults. */
export interface ReferenceOptions {
  /** The official CCHI workbook (.xlsx); its scores replace the subgroup-median defaults. */
  cchiWorkbook?: string;
  /** A VAWG rule file (`ho_code,rule`) replacing data/reference/vawg-rules.csv. */
  vawgRules?: string;
}

/** Every reference table, read from files, plus warnings about what did not line up. */
export interface ReferenceTables {
  tables: ReferenceTable[];
  warnings: string[];
}

const ogl = 'Open Government Licence v3.0';

/**
 * Reads all reference files into tables ready to load; no store needed. Data-quality
 * problems that do not stop a load (a VAWG code missing from the offence list) are returned
 * as warnings, once each.
 */
export async function readReferenceTables(
  options: ReferenceOptions = {},
): Promise<ReferenceTables> {
  const offences = readOffenceCodes();
  const known = new Set(offences.map((o) => o.hoCode));
  const vawgFile = options.vawgRules ?? vawgRulesFile;
  const vawg = readVawgRules(vawgFile);
  const unknown = vawg.filter((r) => !known.has(r.hoCode)).map((r) => r.hoCode);
  const harm = await harmTable(offences, options.cchiWorkbook);

  const tables = [
    offenceTable(),
    vawgTable(vawgFile),
    harm.table,
    harmCrimeTypeTable(),
    populationTable(),
    postcodeTable(),
    ethnicityTable(),
  ];
  const warnings = [...harm.warnings];
  if (unknown.length > 0) {
    warnings.push(
      `VAWG rules in ${vawgFile} name ${unknown.length} code(s) not in the offence list ` +
        `(${unknown.join(', ')}); they are loaded but match no offence until the code is added`,
    );
  }
  return { tables, warnings };

  function offenceTable(): ReferenceTable {
    return {
      name: 'ref_offence',
      columns: ['ho_code', 'offence', 'level1', 'level2', 'level3', 'crime_type', 'prc_subgroup'],
      rows: offences.map((o) => [
        o.hoCode,
        o.offence,
        o.level1,
        o.level2,
        o.level3,
        o.crimeType,
        o.prcSubgroup,
      ]),
      version: {
        name: 'ref_offence',
        version: 'offence-codes 2017-18+vawg-draft',
        source: 'data/reference/offence-codes.csv (ONS offence hierarchy 2017-18 + VAWG draft)',
        licence: ogl,
        sha256: fileSha256(offenceCodesFile),
      },
    };
  }

  function vawgTable(file: string): ReferenceTable {
    const isDefault = file === vawgRulesFile;
    return {
      name: 'ref_vawg_rule',
      columns: ['ho_code', 'rule'],
      rows: vawg.map((r) => [r.hoCode, r.rule]),
      version: {
        name: 'ref_vawg_rule',
        version: isDefault ? 'vawg-rules 1 (from vawg-draft 44)' : `user ${basename(file)}`,
        source: isDefault ? 'data/reference/vawg-rules.csv (draft VAWG rule table)' : file,
        licence: isDefault ? ogl : null,
        sha256: fileSha256(file),
      },
    };
  }
}

function harmCrimeTypeTable(): ReferenceTable {
  return {
    name: 'ref_harm_crime_type',
    columns: ['force', 'crime_type', 'harm_days'],
    rows: readForceCategoryHarm().map((h) => [h.force, h.crimeType, h.harmDays]),
    version: {
      name: 'ref_harm_crime_type',
      version: 'cchi athena9 force-category',
      source: 'data/reference/cchi-force-category-athena9.csv (Cambridge Crime Harm Index)',
      licence: null,
      sha256: fileSha256(forceCategoryHarmFile),
    },
  };
}

function populationTable(): ReferenceTable {
  return {
    name: 'ref_population',
    columns: ['force', 'year', 'population'],
    rows: readPopulation().map((p) => [p.force, p.year, p.population]),
    version: {
      name: 'ref_population',
      version: 'ons-mye pfa 2009-2019',
      source: 'data/reference/pfa-population-2009-2019.csv (ONS mid-year estimates; ends 2019)',
      licence: ogl,
      sha256: fileSha256(populationFile),
    },
  };
}

function postcodeTable(): ReferenceTable {
  return {
    name: 'ref_postcode_district',
    columns: ['district', 'latitude', 'longitude', 'region'],
    rows: readPostcodeDistricts().map((d) => [d.district, d.latitude, d.longitude, d.region]),
    version: {
      name: 'ref_postcode_district',
      version: 'postcode-districts codepoint-open 2014',
      source: 'data/reference/uk-postcode-districts.csv (derived from OS Code-Point Open 2014)',
      licence: null,
      sha256: fileSha256(postcodeDistrictsFile),
    },
  };
}

function ethnicityTable(): ReferenceTable {
  return {
    name: 'ref_ethnicity',
    columns: ['code', 'description'],
    rows: readEthnicityCodes().map((e) => [e.code, e.description]),
    version: {
      name: 'ref_ethnicity',
      version: 'ethnicity 18+1 (ONS 2011 Census groups)',
      source:
        'data/reference/ethnicity-18plus1.csv (ONS 2011 Census ethnic groups as police 18+1 self-defined ethnicity codes)',
      licence: ogl,
      sha256: fileSha256(ethnicityCodesFile),
    },
  };
}
