/**
 * Keeps the copy of the organisation's pack that pages read (settings/managed-copy.ts) equal to
 * what the browser delivers: read on every start of the worker (slow only in the first seconds
 * after the browser starts) and again whenever the policy changes. An empty object means no
 * pack, so a removed policy gives every page the user's own settings back.
 */
import browser from 'webextension-polyfill';
import { MANAGED_COPY_KEY, readManagedCopy } from '../settings/managed-copy.ts';

async function keepCopy(): Promise<void> {
  // Firefox rejects when no policy names Parley; Chrome answers {}.
  const delivered: unknown = await browser.storage.managed.get(null).catch(() => ({}));
  if (JSON.stringify(await readManagedCopy()) === JSON.stringify(delivered)) return;
  await browser.storage.local.set({ [MANAGED_COPY_KEY]: delivered });
}

browser.storage.onChanged.addListener((_changes, areaName) => {
  if (areaName === 'managed') void keepCopy();
});
// The worker starts with the browser (retention.ts listens for onStartup), so the copy is
// checked before the first composer is focused, and again whenever the worker wakes.
void keepCopy();
