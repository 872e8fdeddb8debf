/**
 * What the toolbar badge shows for a draft: its score on a colour by band, or "!" when noise
 * is high (the loudest thing to say about a draft), and a tooltip so colour is not all.
 * Pure, so it is unit-tested without a browser.
 */
import type { BadgeState } from '../shared/protocol.ts';
import { type ScoreBand, scoreBand } from '../shared/score-band.ts';

/** Dark enough for the badge's white text to pass WCAG AA (4.5:1) on every band. */
export const BADGE_COLOURS: Record<ScoreBand, string> = { good: '#1a7f37', fair: '#8a5a00', poor: '#c22a33' };
export const BADGE_TEXT_COLOUR = '#ffffff';

export interface BadgeLook {
  text: string;
  colour: string;
  /** The toolbar button's tooltip. */
  title: string;
}

export function badgeFor(state: BadgeState | null): BadgeLook {
  if (!state || state.score === null) return { text: '', colour: BADGE_COLOURS.fair, title: 'Parley' };
  if (state.noise === 'high') return { text: '!', colour: BADGE_COLOURS.poor, title: `Parley: ${state.score}/100, high noise` };
  return { text: String(state.score), colour: BADGE_COLOURS[scoreBand(state.score)], title: `Parley: ${state.score}/100` };
}
