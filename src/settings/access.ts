/**
 * Reading, writing and watching the stored settings (storage.sync). Only overrides of the
 * defaults are written (settings-sync.ts); reading migrates and repairs with the given `repair`
 * so a bad value never breaks a page, and `errors` says what was reset.
 */
import browser from 'webextension-polyfill';
import type { Repaired } from './repair.ts';
import { SETTINGS_KEY, type Settings } from './schema.ts';
import { readSettingsItems, type SaveResult, type SyncArea, toStored, writeSettingsItems } from './sync.ts';

export interface SettingsAccess {
  loadSettings(): Promise<Repaired>;
  /** Writes `settings` (overrides only). Never throws: a refused write says why. */
  saveSettings(settings: Settings): Promise<SaveResult>;
  /** Read, change and write back, for callers that change one thing (e.g. pause a site). */
  updateSettings(change: (settings: Settings) => Settings): Promise<SaveResult>;
  /** Calls `onChange` with the repaired settings whenever they change in any tab or page. */
  watchSettings(onChange: (settings: Settings) => void): () => void;
}

export function settingsAccess(repair: (raw: unknown) => Repaired): SettingsAccess {
  const area = (): SyncArea => browser.storage.sync;

  async function loadSettings(): Promise<Repaired> {
    const { value, problem } = await readSettingsItems(area(), SETTINGS_KEY);
    const repaired = repair(value);
    return problem ? { settings: repaired.settings, errors: [problem, ...repaired.errors] } : repaired;
  }

  const saveSettings = (settings: Settings): Promise<SaveResult> => writeSettingsItems(area(), SETTINGS_KEY, toStored(settings));

  async function updateSettings(change: (settings: Settings) => Settings): Promise<SaveResult> {
    const { settings } = await loadSettings();
    return saveSettings(change(settings));
  }

  function watchSettings(onChange: (settings: Settings) => void): () => void {
    const listener = (changes: Record<string, browser.Storage.StorageChange>, areaName: string): void => {
      if (areaName !== 'sync' || !Object.keys(changes).some((k) => k === SETTINGS_KEY || k.startsWith(`${SETTINGS_KEY}.`))) return;
      // The settings may span several items and only the changed ones are in `changes`: re-read.
      void loadSettings().then(({ settings }) => onChange(settings));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }

  return { loadSettings, saveSettings, updateSettings, watchSettings };
}
