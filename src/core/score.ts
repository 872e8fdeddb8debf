/**
 * The score (0–100): the fitted model's odds that the draft is a broadcast, turned into points
 * (model.ts). Each finding carries evidence; the points lost are shared out between the
 * findings in proportion to their evidence, so every lost point belongs to a finding that
 * names a fix, and a draft with no finding scores 100.
 */
import { type FittedModel, MODEL, type ModelGroup, scoreFor } from './model.ts';
import { DIMENSIONS, type Dimension, type DimensionReport, type Finding } from './types.ts';

/**
 * How many lost points empty a dimension's own gauge in the popup and the options page. The
 * overall score is not capped by dimension: the model weighs the evidence, these only scale
 * each dimension's bar.
 */
export const DIMENSION_SHARE: Record<Dimension, number> = {
  dialogue: 25,
  value: 20,
  'self-promotion': 20,
  noise: 15,
  clarity: 10,
  'call-to-action': 10,
};


/**
 * Fills each finding's `points` (its share of the points lost) and returns the overall score
 * and the per-dimension scores. `evidence[i]` is finding i's evidence of broadcast (log-odds).
 */
export function scoreFindings(findings: Finding[], evidence: number[], group: ModelGroup, model: FittedModel = MODEL): { score: number; dimensions: Record<Dimension, DimensionReport> } {
  let total = 0;
  for (const e of evidence) total += e;
  const exact = total > 0 ? Math.max(0, Math.min(100, scoreFor(total, group, model))) : 100;
  const lost = 100 - exact;
  // One pass over the findings (this runs on every keystroke, with up to a few hundred findings),
  // counting per dimension by number: a keyed object read per finding cost more than the rest.
  const indexes: number[][] = DIMENSIONS.map(() => []);
  const dimensionLost = new Float64Array(DIMENSIONS.length);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const d = DIMENSION_NUMBER.get(f.category)!;
    f.points = total > 0 ? round1((lost * evidence[i]!) / total) : 0;
    indexes[d]!.push(i);
    dimensionLost[d]! += f.points;
  }
  const dimensions = {} as Record<Dimension, DimensionReport>;
  DIMENSIONS.forEach((dimension, d) => {
    const share = DIMENSION_SHARE[dimension];
    dimensions[dimension] = { score: Math.round(100 * (1 - Math.min(share, dimensionLost[d]!) / share)), findings: indexes[d]! };
  });
  return { score: Math.round(exact), dimensions };
}

const DIMENSION_NUMBER: ReadonlyMap<Dimension, number> = new Map(DIMENSIONS.map((d, i) => [d, i]));

const round1 = (n: number): number => Math.round(n * 10) / 10;
