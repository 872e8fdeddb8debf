/**
 * Turns whatever is stored (or imported) into valid Settings: each broken part falls back to
 * its default and is named in `errors`, so nothing is thrown away wholesale.
 * (The options-page work extends this with migrations between versions.)
 */
import { settingsFor } from '../core/analyze.ts';
import type { AnalysisSettings } from '../core/settings.ts';
import { DEFAULT_SETTINGS, SITES, type SiteId, type Settings } from './settings.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function repairSettings(raw: unknown): { settings: Settings; errors: string[] } {
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), errors };
  if (!isObject(raw)) return { settings: structuredClone(DEFAULT_SETTINGS), errors: ['Stored settings were not readable and were reset to defaults.'] };

  const settings = structuredClone(DEFAULT_SETTINGS);
  if (typeof raw.enabled === 'boolean') settings.enabled = raw.enabled;
  else if (raw.enabled !== undefined) errors.push('"enabled" was not on/off; reset to on.');

  if (raw.analysis !== undefined) {
    if (isObject(raw.analysis)) {
      settings.analysis = raw.analysis as AnalysisSettings;
      errors.push(...settingsFor(raw.analysis).errors);
    } else errors.push('Rule settings were not readable; reset to defaults.');
  }

  const sites = isObject(raw.sites) ? raw.sites : {};
  if (Array.isArray(sites.disabled)) settings.sites.disabled = sites.disabled.filter((s): s is SiteId => SITES.includes(s as SiteId));
  if (Array.isArray(sites.paused)) settings.sites.paused = sites.paused.filter((s): s is string => typeof s === 'string' && s.length > 0);

  if (isObject(raw.memory)) {
    const m = raw.memory;
    if (typeof m.keepHistory === 'boolean') settings.memory.keepHistory = m.keepHistory;
    if (typeof m.similarity === 'number' && m.similarity >= 50 && m.similarity <= 100) settings.memory.similarity = m.similarity;
    if (typeof m.perDomainDaily === 'number' && Number.isInteger(m.perDomainDaily) && m.perDomainDaily >= 0) settings.memory.perDomainDaily = m.perDomainDaily;
    if (isObject(m.dailyLimits)) Object.assign(settings.memory.dailyLimits, m.dailyLimits);
  }
  return { settings, errors };
}
