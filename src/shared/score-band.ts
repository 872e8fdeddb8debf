/**
 * The colour band of a 0–100 score, shared by the toolbar badge and the popup so both say the
 * same thing about the same draft, and by the options page's ScoreBar.
 */
export type ScoreBand = 'good' | 'fair' | 'poor';

export const GOOD_FROM = 70;
export const FAIR_FROM = 45;

export function scoreBand(score: number): ScoreBand {
  return score >= GOOD_FROM ? 'good' : score >= FAIR_FROM ? 'fair' : 'poor';
}
