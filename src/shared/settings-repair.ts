/**
 * Turns whatever is stored (or synced from another device) into valid Settings: it migrates
 * older versions, then each broken part falls back to its nearest valid value or its default
 * and is named in `errors`, so nothing is thrown away wholesale and the user is told what was
 * reset (the options page shows the list).
 */
import { cleanAnalysis } from './settings-clean.ts';
import { cleanEnabled, cleanMemory, cleanSites } from './settings-clean-prefs.ts';
import { isObject } from './settings-clean-values.ts';
import { migrate } from './settings-migrate.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './settings.ts';

export function repairSettings(raw: unknown): { settings: Settings; errors: string[] } {
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), errors: [] };
  if (!isObject(raw)) return { settings: structuredClone(DEFAULT_SETTINGS), errors: ['Saved settings were not readable, so every setting is back to its default.'] };

  const { value, newerVersion } = migrate(raw);
  const errors: string[] = [];
  if (newerVersion !== undefined) {
    errors.push(`Settings were saved by a newer version of Parley (settings version ${newerVersion}); anything this version does not know was skipped.`);
  }
  const enabled = cleanEnabled(value.enabled);
  const analysis = cleanAnalysis(value.analysis, 'repair');
  const sites = cleanSites(value.sites);
  const memory = cleanMemory(value.memory, 'repair');
  errors.push(...enabled.problems, ...analysis.problems, ...sites.problems, ...memory.problems);
  return {
    settings: { version: SETTINGS_VERSION, enabled: enabled.value, analysis: analysis.value, sites: sites.value, memory: memory.value },
    errors,
  };
}
