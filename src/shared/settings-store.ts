/**
 * Reading and watching the stored settings. The stored value is a partial override; it is
 * merged over the defaults and repaired (settings-repair.ts) so a bad value never breaks a page.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './settings.ts';
import { repairSettings } from './settings-repair.ts';

export async function loadSettings(): Promise<{ settings: Settings; errors: string[] }> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return repairSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Calls `onChange` with the repaired settings whenever they change in any tab or page. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(repairSettings(changes[SETTINGS_KEY]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export { DEFAULT_SETTINGS };
