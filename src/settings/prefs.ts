/**
 * Cleans the extension's own sections (global switch, sites, noise memory) the same way
 * core/settings-check.ts cleans the analysis overrides: keep what is valid, name what is not.
 */
import type { Channel } from '../core/types.ts';
import { type Cleaned, cleanOptions, type CleanMode, isObject } from '../core/option-check.ts';
import { DAILY_LIMIT_SPEC, DEFAULT_SETTINGS, MEMORY_SPEC, type MemorySettings, type Settings } from './schema.ts';
import { isSiteId, SITE_IDS } from '../sites/built-in.ts';

export function cleanEnabled(raw: unknown): Cleaned<boolean> {
  if (raw === undefined || typeof raw === 'boolean') return { value: raw ?? true, problems: [] };
  return { value: true, problems: ['The main on/off switch was not on or off; it is on.'] };
}

/** A hostname as the content script compares it: lower-case, no scheme, no path. */
export function isHostname(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 253 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/.test(v);
}

/** A list of distinct items, each checked; a bad item is named and skipped, the rest kept. */
function cleanList<T>(raw: unknown, unreadable: string, accept: (v: unknown) => v is T, refusal: (v: unknown) => string, problems: string[]): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return (problems.push(unreadable), []);
  const kept: T[] = [];
  for (const item of raw) {
    if (!accept(item)) problems.push(refusal(item));
    else if (!kept.includes(item)) kept.push(item);
  }
  return kept;
}

export function cleanSites(raw: unknown): Cleaned<Settings['sites']> {
  const problems: string[] = [];
  if (raw === undefined) return { value: { disabled: [], paused: [] }, problems };
  if (!isObject(raw)) return { value: { disabled: [], paused: [] }, problems: ['Site settings were not readable; every built-in site is on and none is paused.'] };
  const disabled = cleanList(raw.disabled, 'The list of switched-off sites was not readable; every built-in site is on.', isSiteId, (site) => `Unknown built-in site ${JSON.stringify(site)}; skipped (known: ${SITE_IDS.join(', ')}).`, problems);
  const paused = cleanList(raw.paused, 'The list of paused sites was not readable; no site is paused.', isHostname, (host) => `Paused site ${JSON.stringify(host)} is not a hostname; skipped.`, problems);
  for (const key of Object.keys(raw)) {
    if (key !== 'disabled' && key !== 'paused') problems.push(`Unknown site setting "${key}"; skipped.`);
  }
  return { value: { disabled, paused }, problems };
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
