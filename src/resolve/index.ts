/** Entity resolution: who is who across forces (public surface of src/resolve/). */
export {
  benchLinkage,
  benchLinkageScale,
  runBenchmark,
  type LinkageBenchmark,
} from './bench-linkage.js';
export { benchLinkageForces } from './bench-forces.js';
export {
  blockingRules,
  defaultBlockingRules,
  defaultMaxPairsPerRule,
  type BlockingRuleName,
  type RuleCount,
} from './blocking.js';
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
export { loadModel, saveModel, type LinkageModel } from './linkage-model.js';
export { describePerson, splitPerson } from './person-view.js';
export { recordDecision, loadDecisions } from './resolve-decisions.js';
export { resolvePersons, type ResolveOutcome } from './resolve-persons.js';
export { assignStableIds } from './stable-ids.js';
