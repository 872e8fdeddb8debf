/**
 * The colour band of a 0–100 score, shared by the toolbar badge, the popup, the in-page pill
 * and panel and the options page's ScoreBar, so all say the same thing about the same draft.
 */
export type ScoreBand = 'good' | 'fair' | 'poor';

export const GOOD_FROM = 70;
export const FAIR_FROM = 45;

export function scoreBand(score: number): ScoreBand {
  return score >= GOOD_FROM ? 'good' : score >= FAIR_FROM ? 'fair' : 'poor';
}

/** Dark enough for white text (the badge) to pass WCAG AA (4.5:1) on every band. */
export const BAND_COLOURS: Record<ScoreBand, string> = { good: '#1a7f37', fair: '#8a5a00', poor: '#c22a33' };
/** A draft with no score yet. */
export const NO_SCORE_COLOUR = '#6e7781';

export function scoreColour(score: number | null): string {
  return score === null ? NO_SCORE_COLOUR : BAND_COLOURS[scoreBand(score)];
}
