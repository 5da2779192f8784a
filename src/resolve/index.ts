/** Entity resolution: who is who across forces (public surface of src/resolve/). */
export {
  benchLinkage,
  benchLinkageScale,
  runBenchmark,
  type LinkageBenchmark,
} from './bench-linkage.js';
export { benchLinkageForces } from './bench-forces.js';
export {
  defaultMaxPairs,
  defaultMaxPairsPerRule,
  type LinkMode,
  type RuleCount,
} from './blocking.js';
export {
  blockingColumns,
  builtInRules,
  defaultBlockingRules,
  describeRule,
  rulesNamed,
  type BlockingKey,
  type BlockingRule,
  type BlockingRuleName,
} from './blocking-rules.js';
export {
  checkBlockingRules,
  loadBlockingRules,
  type BlockingRuleSet,
} from './blocking-rules-file.js';
export { clusterPairs, type PairDecisions, type ScoredPair } from './cluster-pairs.js';
export { comparisons } from './comparisons.js';
export { evaluateTruth } from './evaluate-truth.js';
export { explainPair, explainVector, latestModel, type PairExplanation } from './explain-pair.js';
export {
  linkRecords,
  defaultThreshold,
  type LinkOptions,
  type LinkResult,
} from './link-records.js';
export { linkageMetrics, type LinkageMetrics } from './linkage-metrics.js';
export {
  defaultModelPath,
  loadModel,
  modelOrDefault,
  saveModel,
  type LinkageModel,
} from './linkage-model.js';
export { resolutionIsCurrent } from './resolve-run.js';
export { describePerson, splitPerson } from './person-view.js';
export { recordDecision, loadDecisions } from './resolve-decisions.js';
export { countPersonRulePairs, resolvePersons, type ResolveOutcome } from './resolve-persons.js';
export { assignStableIds } from './stable-ids.js';
