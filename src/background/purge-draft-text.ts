/**
 * Older versions stored whole sentences of drafts in the allow list ("Never flag this phrase"
 * on a long-sentence hint). On update, the settings are read (which drops those entries,
 * settings/repair.ts keepAnalysis) and written back, so no draft text stays at rest.
 */
import browser from 'webextension-polyfill';
import { updatePrefs } from '../settings/store.ts';

// Registered at the top level so the worker wakes for it.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'update') void updatePrefs((settings) => settings).catch(() => undefined);
});
