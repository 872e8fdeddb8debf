/**
 * The score: 100 points shared out between the dimensions. Each finding costs its rule's
 * weight (scaled by severity) inside its dimension, up to the dimension's share, so every
 * lost point belongs to a finding that names a fix.
 */
import { DIMENSIONS, type Dimension, type DimensionReport, type Finding, type Severity } from './types.ts';

/** Each dimension's share of the 100 points. Dialogue and value matter most (P1, P4). */
export const DIMENSION_SHARE: Record<Dimension, number> = {
  dialogue: 25,
  value: 20,
  'self-promotion': 20,
  noise: 15,
  clarity: 10,
  'call-to-action': 10,
};

export const SEVERITY_FACTOR: Record<Severity, number> = { hint: 0.5, warning: 1, error: 1.5 };

/**
 * Points one unit of rule weight costs. Calibrated on the corpus's tune split (tests/corpus) so
 * the bands say what an editor would: a typical broadcast draft lands in the fair or poor band
 * (median 45; at 1 point a weight it was 66, and 39% of broadcast drafts showed green), while
 * dialogue drafts stay in the good band. Weights set the rules' relative cost; this sets the scale.
 */
export const POINTS_PER_WEIGHT = 2;

/** What one finding costs before its dimension's cap. */
export const findingCost = (weight: number, severity: Severity, scale = 1): number => POINTS_PER_WEIGHT * weight * SEVERITY_FACTOR[severity] * scale;

/**
 * Fills each finding's `points` (its share of the overall loss) and returns the overall score
 * and the per-dimension scores. `raw[i]` is finding i's uncapped cost.
 */
export function scoreFindings(findings: Finding[], raw: number[]): { score: number; dimensions: Record<Dimension, DimensionReport> } {
  const dimensions = {} as Record<Dimension, DimensionReport>;
  let lost = 0;
  for (const dimension of DIMENSIONS) {
    const share = DIMENSION_SHARE[dimension];
    const indexes = findings.flatMap((f, i) => (f.category === dimension ? [i] : []));
    const total = indexes.reduce((sum, i) => sum + raw[i]!, 0);
    const capped = Math.min(share, total);
    // Scale each finding's cost so the dimension's findings add up to what it really lost.
    for (const i of indexes) findings[i]!.points = total > 0 ? round1((raw[i]! * capped) / total) : 0;
    lost += capped;
    dimensions[dimension] = { score: Math.round(100 * (1 - capped / share)), findings: indexes };
  }
  return { score: Math.max(0, Math.min(100, Math.round(100 - lost))), dimensions };
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
