/**
 * The extension's settings: the analysis overrides (core/settings.ts) plus sites, the global
 * switch and the noise memory. Only overrides are stored (storage.sync); reading repairs
 * whatever is broken and says what was reset.
 */
import type { AnalysisSettings } from '../core/settings.ts';
import type { Channel } from '../core/types.ts';

export const SETTINGS_VERSION = 1;

/** The built-in sites, each with its own on/off switch. */
export const SITES = ['gmail', 'outlook', 'linkedin', 'x', 'facebook'] as const;
export type SiteId = (typeof SITES)[number];

export interface MemorySettings {
  /** "Don't keep history": no send is recorded at all. */
  keepHistory: boolean;
  /** Most sends a day per channel before the cadence warning. */
  dailyLimits: Partial<Record<Channel, number>>;
  /** Most marketing emails a day to one recipient domain. */
  perDomainDaily: number;
  /** Similarity (0–100) at or above which a draft counts as a re-send. */
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
    dailyLimits: { 'linkedin-post': 2, x: 5, facebook: 2, email: 20, 'linkedin-message': 25, generic: 0 },
    perDomainDaily: 1,
    similarity: 80,
  },
};

/** storage.sync key under which the overrides live. */
export const SETTINGS_KEY = 'parley.settings';

/** Which built-in site a hostname belongs to, if any. */
export function siteOf(hostname: string): SiteId | null {
  if (hostname === 'mail.google.com') return 'gmail';
  if (/^outlook\.(live|office|office365)\.com$/.test(hostname)) return 'outlook';
  if (hostname === 'www.linkedin.com') return 'linkedin';
  if (hostname === 'x.com' || hostname === 'twitter.com') return 'x';
  if (hostname === 'www.facebook.com') return 'facebook';
  return null;
}

/** Is Parley coaching on this hostname under these settings? */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled || settings.sites.paused.includes(hostname)) return false;
  const site = siteOf(hostname);
  return site === null || !settings.sites.disabled.includes(site);
}
