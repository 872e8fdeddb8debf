/**
 * The extension's settings schema, declared once as option descriptors: the analysis
 * overrides (core/settings.ts, checked by core/settings-check.ts) plus sites, the global switch
 * and the noise memory (checked by prefs.ts). Every reader of a pack (the options page's
 * import, the stored settings, the CLI's --settings, analyze() and the administrator's managed
 * pack) checks values against these through one validator (core/option-check.ts). Only what
 * differs from the defaults is stored (storage.sync, sync.ts).
 */
import { DEFAULT_DAILY_LIMITS, DEFAULT_DOMAIN_DAILY, DEFAULT_DUPLICATE_THRESHOLD } from '../core/history/limits.ts';
import { bool, int, type IntOption, type OptionSpec } from '../core/options.ts';
import type { AnalysisSettings } from '../core/settings.ts';
import { CHANNEL_LABELS } from '../core/channels.ts';
import { CHANNELS, type Channel } from '../core/types.ts';
import { type SiteId, siteOf } from '../sites/built-in.ts';

/**
 * The stored schema's version. Bump it with a migration in migrate.ts whenever the
 * stored shape changes. 1: the whole object in one item; 2: overrides only, split into parts
 * when one item would pass storage.sync's per-item quota.
 */
export const SETTINGS_VERSION = 2;

export interface MemorySettings {
  /** "Don't keep history": no send is recorded at all. */
  keepHistory: boolean;
  /** Most sends a day per channel before the cadence warning (0 = no limit). */
  dailyLimits: Partial<Record<Channel, number>>;
  /** Most marketing emails a day to one recipient domain (0 = no limit). */
  perDomainDaily: number;
  /** Similarity (50–100) at or above which a draft counts as a re-send. */
  similarity: number;
}

export interface Settings {
  version: number;
  /** The global off switch. */
  enabled: boolean;
  analysis: AnalysisSettings;
  sites: {
    /** Built-in sites the user switched off. */
    disabled: SiteId[];
    /** Hostnames where coaching is paused. */
    paused: string[];
  };
  memory: MemorySettings;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  analysis: {},
  sites: { disabled: [], paused: [] },
  memory: {
    keepHistory: true,
    dailyLimits: { ...DEFAULT_DAILY_LIMITS },
    perDomainDaily: DEFAULT_DOMAIN_DAILY,
    similarity: Math.round(DEFAULT_DUPLICATE_THRESHOLD * 100),
  },
};

/**
 * The noise memory's fields, declared once: repair validates against these and the options
 * page builds its controls from them (the same descriptors rules use for their options).
 */
export const MEMORY_SPEC = {
  keepHistory: bool({ default: true, label: 'Keep a history of sends (fingerprints only, never the text)' }),
  perDomainDaily: int({ default: 1, min: 0, max: 50, label: 'Most emails a day to one recipient domain (0 = no limit)' }),
  similarity: int({ default: 80, min: 50, max: 100, label: 'Count a draft as a re-send at this similarity (%)' }),
} satisfies OptionSpec;

/** One descriptor per channel for memory.dailyLimits. */
export const DAILY_LIMIT_SPEC = Object.fromEntries(
  CHANNELS.map((c) => [c, int({ default: DEFAULT_SETTINGS.memory.dailyLimits[c] ?? 0, min: 0, max: 100, label: `${CHANNEL_LABELS[c]}: most a day (0 = no limit)` })]),
) as Record<Channel, IntOption>;

/** storage.sync key under which the overrides live (plus `${SETTINGS_KEY}.part.N` when split). */
export const SETTINGS_KEY = 'parley.settings';

/** Is Parley coaching on this hostname under these settings? */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled || settings.sites.paused.includes(hostname)) return false;
  const site = siteOf(hostname);
  return site === null || !settings.sites.disabled.includes(site);
}
