/** The toolbar badge: the draft's score, coloured by band, or "!" when noise is high. */
import browser from 'webextension-polyfill';
import type { BadgeState } from '../shared/protocol.ts';

export const BADGE_COLOURS = { good: '#1a7f37', fair: '#9a6700', poor: '#cf222e' } as const;

export function badgeFor(state: BadgeState | null): { text: string; colour: string } {
  if (!state || state.score === null) return { text: '', colour: BADGE_COLOURS.fair };
  if (state.noise === 'high') return { text: '!', colour: BADGE_COLOURS.poor };
  const colour = state.score >= 70 ? BADGE_COLOURS.good : state.score >= 45 ? BADGE_COLOURS.fair : BADGE_COLOURS.poor;
  return { text: String(state.score), colour };
}

export async function showBadge(tabId: number | undefined, state: BadgeState | null): Promise<void> {
  if (tabId === undefined) return;
  const { text, colour } = badgeFor(state);
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: colour });
}
