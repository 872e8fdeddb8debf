/**
 * Reading, writing and watching the stored settings (storage.sync). Only overrides of the
 * defaults are written (settings-sync.ts); reading migrates and repairs (settings-repair.ts)
 * so a bad value never breaks a page, and `errors` says what was reset.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './settings.ts';
import { repairSettings } from './settings-repair.ts';
import { readSettingsItems, type SaveResult, type SyncArea, toStored, writeSettingsItems } from './settings-sync.ts';

const area = (): SyncArea => browser.storage.sync;

export async function loadSettings(): Promise<{ settings: Settings; errors: string[] }> {
  const { value, problem } = await readSettingsItems(area(), SETTINGS_KEY);
  const repaired = repairSettings(value);
  return problem ? { settings: repaired.settings, errors: [problem, ...repaired.errors] } : repaired;
}

/** Writes `settings` (overrides only). Never throws: a refused write says why. */
export function saveSettings(settings: Settings): Promise<SaveResult> {
  return writeSettingsItems(area(), SETTINGS_KEY, toStored(settings));
}

/** Read, change and write back, for callers that change one thing (e.g. pause a site). */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<SaveResult> {
  const { settings } = await loadSettings();
  return saveSettings(change(settings));
}

/** Calls `onChange` with the repaired settings whenever they change in any tab or page. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, areaName: string): void => {
    if (areaName !== 'sync' || !Object.keys(changes).some((k) => k === SETTINGS_KEY || k.startsWith(`${SETTINGS_KEY}.`))) return;
    // The settings may span several items and only the changed ones are in `changes`: re-read.
    void loadSettings().then(({ settings }) => onChange(settings));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export { DEFAULT_SETTINGS };
export type { SaveResult };
