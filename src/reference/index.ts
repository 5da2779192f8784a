// The reference stage's public surface: versioned reference tables and their pure readers.
export {
  readCchiWorkbook,
  cchiRequiredHeaders,
  type CchiWorkbookReading,
} from './cchi-workbook.js';
export { readEthnicityCodes, type EthnicityCode } from './ethnicity-codes.js';
export { forceCode } from './force-code.js';
export { readForceCategoryHarm, type ForceCategoryHarm } from './force-category-harm.js';
export { type HarmBasis } from './harm-table.js';
export {
  ensureReference,
  loadReference,
  referenceVersions,
  type ReferenceLoadOutcome,
  type ReferenceVersionRow,
} from './load-reference.js';
export { readOffenceCodes, type OffenceCode } from './offence-codes.js';
export { populationFor, type PopulationFor } from './population-for.js';
export { populationIn, readPopulation, type ForcePopulation } from './population.js';
export { readPostcodeDistricts, type PostcodeDistrict } from './postcode-districts.js';
export { type ReferenceOptions } from './reference-tables.js';
export { readSubgroupMedians, type SubgroupMedian } from './subgroup-medians.js';
export { readVawgRules, vawgRuleKinds, type VawgRule, type VawgRuleKind } from './vawg-rules.js';
