/**
 * The team pack an administrator pushes through the browser's managed storage (Chrome's
 * `3rdparty` extension policy, checked against managed-schema.json; Firefox's policies.json).
 * It is a rule pack (`{ "parley": 1, "settings": {…} }`, the same file the options page
 * exports and `parley check --settings` reads), checked by the same validator. Every setting
 * it names is set by the organisation: it overrides the user's own value and is locked in the
 * options page; everything it leaves out stays the user's to change.
 */
import type { AnalysisCleaner } from './repair.ts';
import { cleanEnabled, cleanMemory, cleanSites } from './prefs.ts';
import { migrate } from './migrate.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema.ts';
import { isObject } from '../core/option-check.ts';

/** A pack read from managed storage: what it sets, and what was wrong with it. */
export interface ManagedPack {
  /** Dotted paths it sets: "enabled", "rules.<id>", "channels.<channel>.<key>", "words.<list>", "sites.disabled", "memory.<key>", "memory.dailyLimits.<channel>". */
  locked: string[];
  /** The pack's values, cleaned, with defaults where it set nothing valid. */
  values: Settings;
  problems: string[];
}

export const NO_MANAGED_PACK: ManagedPack = { locked: [], values: DEFAULT_SETTINGS, problems: [] };
const ANALYSIS_SECTIONS = new Set(['rules', 'channels', 'words']);
const keysOf = (v: unknown): string[] => (isObject(v) ? Object.keys(v) : []);

export function readManagedPack(raw: unknown, cleanAnalysisPart: AnalysisCleaner): ManagedPack {
  if (!isObject(raw) || Object.keys(raw).length === 0) return NO_MANAGED_PACK;
  const problems: string[] = [];
  if (raw.parley !== 1 || !isObject(raw.settings)) return { ...NO_MANAGED_PACK, problems: ['Your organisation’s Parley pack is not a rule pack ({ "parley": 1, "settings": {…} }); it was ignored.'] };
  const s = raw.settings;
  const { value, newerVersion } = migrate({ version: s.version ?? SETTINGS_VERSION, enabled: s.enabled, analysis: { rules: s.rules, channels: s.channels, words: s.words }, sites: s.sites, memory: s.memory });
  if (newerVersion !== undefined) problems.push(`Your organisation’s pack was written by a newer Parley (settings version ${newerVersion}); anything this version does not know was skipped.`);
  const analysis = isObject(value.analysis) ? value.analysis : {};
  const enabled = cleanEnabled(value.enabled);
  const cleanedAnalysis = cleanAnalysisPart(analysis);
  const sites = cleanSites(value.sites);
  const memory = cleanMemory(value.memory, 'import');
  problems.push(...enabled.problems, ...cleanedAnalysis.problems, ...sites.problems, ...memory.problems);

  const locked: string[] = [];
  if (value.enabled !== undefined) locked.push('enabled');
  for (const id of keysOf(analysis.rules)) locked.push(`rules.${id}`);
  for (const channel of keysOf(analysis.channels)) for (const key of keysOf((analysis.channels as Record<string, unknown>)[channel])) locked.push(`channels.${channel}.${key}`);
  for (const list of keysOf(analysis.words)) locked.push(`words.${list}`);
  for (const list of keysOf(value.sites)) if (list === 'disabled' || list === 'paused') locked.push(`sites.${list}`);
  const memoryRaw = isObject(value.memory) ? value.memory : {};
  for (const key of Object.keys(memoryRaw)) {
    if (key === 'dailyLimits') for (const channel of keysOf(memoryRaw.dailyLimits)) locked.push(`memory.dailyLimits.${channel}`);
    else locked.push(`memory.${key}`);
  }
  const values: Settings = { version: SETTINGS_VERSION, enabled: enabled.value, analysis: cleanedAnalysis.value, sites: sites.value, memory: memory.value };
  return { locked, values, problems };
}

/** Where a pack path lives in Settings: the analysis sections sit under `analysis`. */
const settingsPath = (path: string): string[] => {
  const keys = path.split('.');
  return ANALYSIS_SECTIONS.has(keys[0]!) ? ['analysis', ...keys] : keys;
};

/**
 * Sets `to`'s value at `path` to `from`'s; where `from` has none it is removed, with any
 * override object left empty (as the user's own settings never hold one).
 */
function copyPath(from: unknown, to: Record<string, unknown>, path: string[]): void {
  let source: unknown = from;
  let target = to;
  const parents: [Record<string, unknown>, string][] = [];
  for (const [i, key] of path.entries()) {
    const last = i === path.length - 1;
    source = isObject(source) ? source[key] : undefined;
    if (last) {
      if (source !== undefined) target[key] = structuredClone(source);
      else {
        delete target[key];
        for (const [parent, k] of parents.reverse()) if (isObject(parent[k]) && Object.keys(parent[k]).length === 0 && k !== 'analysis') delete parent[k];
      }
      return;
    }
    parents.push([target, key]);
    if (!isObject(target[key])) {
      if (source === undefined) return; // Nothing there to remove.
      target[key] = {};
    }
    target = target[key] as Record<string, unknown>;
  }
}

function withPaths(base: Settings, from: Settings, locked: readonly string[]): Settings {
  const out = structuredClone(base) as unknown as Record<string, unknown>;
  for (const path of locked) copyPath(from, out, settingsPath(path));
  return out as unknown as Settings;
}

/** `settings` with the locked paths as `from` has them (the options page keeps them through any edit). */
export const keepLocked = (settings: Settings, from: Settings, locked: readonly string[]): Settings => withPaths(settings, from, locked);

/** The user's settings with everything the organisation set put in place. */
export const withManaged = (user: Settings, pack: ManagedPack): Settings => withPaths(user, pack.values, pack.locked);

/** What may be stored as the user's own: the organisation's settings are not theirs to keep. */
export const withoutManaged = (settings: Settings, pack: ManagedPack): Settings => withPaths(settings, DEFAULT_SETTINGS, pack.locked);
