/**
 * Injects the full coach (content/main.ts, with the analysis core) into one frame, on demand.
 * Pages where no composer is ever focused never pay for it.
 */
import browser from 'webextension-polyfill';
import coachScript from '../content/main.ts?script&iife';
import type { Caller } from './callers.ts';

export async function injectCoach({ tabId, frameId = 0 }: Caller): Promise<boolean> {
  if (tabId === undefined) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [coachScript] });
    return true;
  } catch {
    // The tab navigated away or the frame is gone: nothing to coach.
    return false;
  }
}
