/**
 * Turns whatever is stored (or synced from another device) into valid Settings: it migrates
 * older versions, then each broken part falls back to its nearest valid value or its default
 * and is named in `errors`, so nothing is thrown away wholesale and the user is told what was
 * reset (the options page shows the list).
 *
 * The analysis overrides are checked against the rule registry the caller passes: checking them
 * needs every rule (and with them compromise) loaded, which pages that never read them (the
 * popup, the worker) should not pay for, so without a registry they are kept as stored. This
 * module loads no rule.
 */
import type { Rule } from '../core/rule.ts';
import type { AnalysisSettings } from '../core/settings.ts';
import { cleanAnalysis } from '../core/settings-check.ts';
import { isShortPhrase } from '../core/word-lists.ts';
import { cleanEnabled, cleanMemory, cleanSites } from './prefs.ts';
import { type Cleaned, type CleanMode, isObject } from '../core/option-check.ts';
import { migrate } from './migrate.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema.ts';

export type AnalysisCleaner = (raw: unknown) => Cleaned<AnalysisSettings>;

export interface Repaired {
  settings: Settings;
  errors: string[];
}

/** The check of the analysis overrides: against `registry`, or none (keepAnalysis) without one. */
export function analysisCheck(mode: CleanMode, registry?: readonly Rule[]): AnalysisCleaner {
  return registry ? (raw) => cleanAnalysis(raw, mode, registry) : keepAnalysis;
}

/** Stored settings made valid; the analysis overrides are repaired when `registry` is given. */
export function repairSettings(raw: unknown, registry?: readonly Rule[]): Repaired {
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), errors: [] };
  if (!isObject(raw)) return { settings: structuredClone(DEFAULT_SETTINGS), errors: ['Saved settings were not readable, so every setting is back to its default.'] };

  const { value, newerVersion } = migrate(raw);
  const errors: string[] = [];
  if (newerVersion !== undefined) {
    errors.push(`Settings were saved by a newer version of Parley (settings version ${newerVersion}); anything this version does not know was skipped.`);
  }
  const enabled = cleanEnabled(value.enabled);
  const analysis = analysisCheck('repair', registry)(value.analysis);
  const sites = cleanSites(value.sites);
  const memory = cleanMemory(value.memory, 'repair');
  errors.push(...enabled.problems, ...analysis.problems, ...sites.problems, ...memory.problems);
  return {
    settings: { version: SETTINGS_VERSION, enabled: enabled.value, analysis: analysis.value, sites: sites.value, memory: memory.value },
    errors,
  };
}

/**
 * Leaves the analysis overrides exactly as stored, unchecked and unnamed: for the popup and the
 * service worker (no registry given), which never read them and write them back as they found them, so the options
 * page still repairs (and names) anything broken in them. One exception: an allow-list entry
 * longer than a short phrase is draft text (older versions stored whole sentences), and no
 * page writes it back.
 */
export const keepAnalysis: AnalysisCleaner = (raw) => {
  const value = isObject(raw) ? (raw as AnalysisSettings) : {};
  const allow = value.words?.allow;
  if (!Array.isArray(allow) || allow.every((phrase) => typeof phrase !== 'string' || isShortPhrase(phrase))) return { value, problems: [] };
  const words = { ...value.words, allow: allow.filter((phrase) => typeof phrase !== 'string' || isShortPhrase(phrase)) };
  return { value: { ...value, words }, problems: [] };
};
