/**
 * Sets the toolbar badge of a tab from its draft (badge-look.ts says what it shows). The
 * badge is per tab, so Chrome keeps it while the worker sleeps and drops it on navigation.
 */
import browser from 'webextension-polyfill';
import type { BadgeState } from '../messaging/protocol.ts';
import { BADGE_TEXT_COLOUR, badgeFor } from './badge-look.ts';

export { badgeFor } from './badge-look.ts';

export async function showBadge(tabId: number | undefined, state: BadgeState | null): Promise<void> {
  if (tabId === undefined) return;
  const { text, colour, title } = badgeFor(state);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: colour }),
      browser.action.setBadgeTextColor({ tabId, color: BADGE_TEXT_COLOUR }),
      browser.action.setTitle({ tabId, title }),
    ]);
  } catch {
    // The tab closed while its draft was being scored: nothing left to label.
  }
}
