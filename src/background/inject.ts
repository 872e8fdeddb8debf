/**
 * Injects the full coach (content/main.ts, with the analysis core) into one frame, on demand.
 * Pages where no composer is ever focused never pay for it.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import coachScript from '../content/main.ts?script&iife';

export async function injectCoach(sender: Runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [coachScript] });
    return true;
  } catch {
    // The tab navigated away or the frame is gone: nothing to coach.
    return false;
  }
}
