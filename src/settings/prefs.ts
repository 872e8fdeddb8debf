/**
 * Cleans the extension's own sections (global switch, sites, noise memory) the same way
 * settings-clean.ts cleans the analysis overrides: keep what is valid, name what is not.
 */
import type { Channel } from '../core/types.ts';
import { type Cleaned, cleanOptions, type CleanMode, isObject } from './values.ts';
import { DAILY_LIMIT_SPEC, DEFAULT_SETTINGS, MEMORY_SPEC, type MemorySettings, type Settings } from './schema.ts';
import { isSiteId, SITE_IDS } from '../shared/sites.ts';

export function cleanEnabled(raw: unknown): Cleaned<boolean> {
  if (raw === undefined || typeof raw === 'boolean') return { value: raw ?? true, problems: [] };
  return { value: true, problems: ['The main on/off switch was not on or off; it is on.'] };
}

/** A hostname as the content script compares it: lower-case, no scheme, no path. */
export function isHostname(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 253 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/.test(v);
}

export function cleanSites(raw: unknown): Cleaned<Settings['sites']> {
  const value: Settings['sites'] = { disabled: [], paused: [] };
  const problems: string[] = [];
  if (raw === undefined) return { value, problems };
  if (!isObject(raw)) return { value, problems: ['Site settings were not readable; every built-in site is on and none is paused.'] };
  if (raw.disabled !== undefined) {
    if (!Array.isArray(raw.disabled)) problems.push('The list of switched-off sites was not readable; every built-in site is on.');
    else {
      for (const site of raw.disabled) {
        if (isSiteId(site)) {
          if (!value.disabled.includes(site)) value.disabled.push(site);
        } else problems.push(`Unknown built-in site ${JSON.stringify(site)}; skipped (known: ${SITE_IDS.join(', ')}).`);
      }
    }
  }
  if (raw.paused !== undefined) {
    if (!Array.isArray(raw.paused)) problems.push('The list of paused sites was not readable; no site is paused.');
    else {
      for (const host of raw.paused) {
        if (isHostname(host)) {
          if (!value.paused.includes(host)) value.paused.push(host);
        } else problems.push(`Paused site ${JSON.stringify(host)} is not a hostname; skipped.`);
      }
    }
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'disabled' && key !== 'paused') problems.push(`Unknown site setting "${key}"; skipped.`);
  }
  return { value, problems };
}

/** The full memory settings: defaults with every valid stored value applied. */
export function cleanMemory(raw: unknown, mode: CleanMode): Cleaned<MemorySettings> {
  const value = structuredClone(DEFAULT_SETTINGS.memory);
  if (raw === undefined) return { value, problems: [] };
  if (!isObject(raw)) return { value, problems: ['Noise memory settings were not readable; back to their defaults.'] };
  const { dailyLimits, ...fields } = raw;
  const main = cleanOptions(MEMORY_SPEC, fields, mode, 'Noise memory');
  const limits = cleanOptions(DAILY_LIMIT_SPEC, dailyLimits, mode, 'Noise memory daily limit');
  for (const [key, v] of Object.entries(main.value)) {
    if (key === 'keepHistory' && typeof v === 'boolean') value.keepHistory = v;
    if ((key === 'perDomainDaily' || key === 'similarity') && typeof v === 'number') value[key] = v;
  }
  for (const [channel, v] of Object.entries(limits.value)) {
    if (typeof v === 'number') value.dailyLimits[channel as Channel] = v;
  }
  return { value, problems: [...main.problems, ...limits.problems] };
}
