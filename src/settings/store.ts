/**
 * Reading, writing and watching the settings: the user's own in storage.sync (only overrides
 * of the defaults are written, sync.ts) with the organisation's pack (managed.ts) laid over
 * them. The pack is read from the worker's copy of managed storage (managed-copy.ts), never
 * waited for: a change the user makes in the browser's first seconds applies at once, and when
 * the policy arrives what it sets takes its value while the rest stays the user's. Every page reads them here: reading migrates and repairs
 * (repair.ts), so a bad value never breaks a page, and `errors` says what was reset.
 */
import browser from 'webextension-polyfill';
import type { Rule } from '../core/rule.ts';
import { managedCopyChanged, readManagedCopy } from './managed-copy.ts';
import { type ManagedPack, NO_MANAGED_PACK, readManagedPack, withManaged, withoutManaged } from './managed.ts';
import { analysisCheck, type Repaired, repairSettings } from './repair.ts';
import { SETTINGS_KEY, type Settings } from './schema.ts';
import { readSettingsItems, type SaveResult, type SyncArea, toStored, writeSettingsItems } from './sync.ts';

/** Why a change to a setting the organisation set was refused. */
export const LOCKED = 'Not saved: your organisation sets this in Parley, so it cannot be changed here.';

export interface Loaded extends Repaired {
  /** Paths the organisation's pack sets (managed.ts): shown as set by it, and locked. */
  locked: string[];
  /** What was wrong in the organisation's pack. */
  managedProblems: string[];
}

export interface SettingsStore {
  loadSettings(): Promise<Loaded>;
  /** Writes `settings` (the user's own overrides only). Never throws: a refused write says why. */
  saveSettings(settings: Settings): Promise<SaveResult>;
  /** Read, change and write back, for callers that change one thing (e.g. pause a site). */
  updateSettings(change: (settings: Settings) => Settings): Promise<SaveResult>;
  /** Calls `onChange` with the settings whenever they change in any tab or page, or by policy. */
  watchSettings(onChange: (settings: Settings, loaded: Loaded) => void): () => void;
}

/**
 * The settings store. With the rule `registry` (the content script and the options page, which
 * load the rules anyway) the analysis overrides, the user's and the organisation's, are checked
 * against it; without one (the popup and the worker) they pass through as stored, so those
 * pages never load the rules and compromise.
 */
export function settingsStore(registry?: readonly Rule[]): SettingsStore {
  const area = (): SyncArea => browser.storage.sync;
  const repair = (raw: unknown): Repaired => repairSettings(raw, registry);
  const cleanAnalysis = analysisCheck('import', registry);

  async function managedPack(): Promise<ManagedPack> {
    const raw = await readManagedCopy().catch(() => undefined);
    return raw ? readManagedPack(raw, cleanAnalysis) : NO_MANAGED_PACK;
  }

  async function read(): Promise<Loaded & { pack: ManagedPack }> {
    const [{ value, problem }, pack] = await Promise.all([readSettingsItems(area(), SETTINGS_KEY), managedPack()]);
    const repaired = repair(value);
    const errors = problem ? [problem, ...repaired.errors] : repaired.errors;
    return { settings: withManaged(repaired.settings, pack), errors, locked: pack.locked, managedProblems: pack.problems, pack };
  }

  async function loadSettings(): Promise<Loaded> {
    const { pack: _pack, ...loaded } = await read();
    return loaded;
  }

  async function saveSettings(settings: Settings): Promise<SaveResult> {
    return writeSettingsItems(area(), SETTINGS_KEY, toStored(withoutManaged(settings, await managedPack())));
  }

  async function updateSettings(change: (settings: Settings) => Settings): Promise<SaveResult> {
    const { settings, pack } = await read();
    const wanted = change(settings);
    // A change to what the organisation set would not stick: say so rather than seem to work.
    if (JSON.stringify(withManaged(wanted, pack)) !== JSON.stringify(wanted)) return { ok: false, error: LOCKED };
    return saveSettings(wanted);
  }

  function watchSettings(onChange: (settings: Settings, loaded: Loaded) => void): () => void {
    const listener = (changes: Record<string, browser.Storage.StorageChange>, areaName: string): void => {
      const ours = managedCopyChanged(areaName, changes) || (areaName === 'sync' && Object.keys(changes).some((k) => k === SETTINGS_KEY || k.startsWith(`${SETTINGS_KEY}.`)));
      if (!ours) return;
      // The settings may span several items and only the changed ones are in `changes`: re-read.
      void loadSettings().then((loaded) => onChange(loaded.settings, loaded));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }

  return { loadSettings, saveSettings, updateSettings, watchSettings };
}

/**
 * The extension's own preferences (on/off, sites, noise memory) for the popup and the service
 * worker: the store without the rule registry, so the popup opens at once and a woken worker
 * answers at once.
 */
export const { loadSettings: loadPrefs, updateSettings: updatePrefs, watchSettings: watchPrefs } = settingsStore();
