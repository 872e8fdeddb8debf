/**
 * What the toolbar badge shows for a draft: its score on a colour by band, or "!" when noise
 * is high (the loudest thing to say about a draft), and a tooltip so colour is not all.
 * Pure, so it is unit-tested without a browser.
 */
import type { BadgeState } from '../messaging/protocol.ts';
import { BAND_COLOURS, scoreBand } from '../report/score-band.ts';
export const BADGE_TEXT_COLOUR = '#ffffff';

export interface BadgeLook {
  text: string;
  colour: string;
  /** The toolbar button's tooltip. */
  title: string;
}

export function badgeFor(state: BadgeState | null): BadgeLook {
  if (!state || state.score === null) return { text: '', colour: BAND_COLOURS.fair, title: 'Parley' };
  if (state.noise === 'high') return { text: '!', colour: BAND_COLOURS.poor, title: `Parley: ${state.score}/100, high noise` };
  return { text: String(state.score), colour: BAND_COLOURS[scoreBand(state.score)], title: `Parley: ${state.score}/100` };
}
