import { describe, expect, it } from 'vitest';
import { dataPath } from '../../src/core/paths.js';
import { levelWeight, loadModel } from '../../src/resolve/linkage-model.js';
import { minLevelWeight, mSmoothing } from '../../src/resolve/m-constraints.js';

// The reviewed default model (trained by EM with the constraints on m, docs/resolve.md): no
// level is a veto, and no partial agreement weighs less than disagreement.
const model = loadModel(dataPath('models', 'linkage-default.json'));

describe('linkage-default.json', () => {
  it('records that m was smoothed and ordered in training', () => {
    expect(model.training['m_smoothing']).toMatchObject({ e: mSmoothing });
    expect(String(model.training['m_order'])).toMatch(/no level weighs less than/);
  });

  it.each(model.comparisons.map((c) => [c.name, c] as const))(
    '%s: every level weighs at least log2(e) and at least its "different" level',
    (_name, comparison) => {
      const weights = comparison.levels.map(levelWeight);
      const different = weights[0] ?? 0;
      expect(comparison.levels[0]?.label).toBe('different');
      for (const w of weights) {
        expect(w).toBeGreaterThanOrEqual(minLevelWeight - 1e-9);
        expect(w).toBeGreaterThanOrEqual(different - 1e-9);
      }
    },
  );
});
