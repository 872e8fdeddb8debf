/**
 * The settings for pages that only read and change the extension's own preferences (on/off,
 * sites, noise memory): the popup and the service worker. The analysis overrides pass through
 * unchecked (settings-repair-parts.ts keepAnalysis), so these pages never load the rule
 * registry and compromise: the popup opens at once and a woken worker answers at once.
 */
import { settingsAccess } from './access.ts';
import { keepAnalysis, repairSettingsWith } from './repair.ts';

export const {
  loadSettings: loadPrefs,
  updateSettings: updatePrefs,
  watchSettings: watchPrefs,
} = settingsAccess((raw) => repairSettingsWith(raw, keepAnalysis), keepAnalysis);
