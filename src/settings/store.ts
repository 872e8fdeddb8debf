/**
 * The settings as the analysis uses them: every part repaired, the rule overrides checked
 * against the rule registry. For the content script and the options page, which load the rules
 * anyway. The popup and the service worker use prefs-store.ts instead.
 */
import { settingsAccess } from './access.ts';
import { RULES } from '../core/rules/index.ts';
import { cleanAnalysis } from '../core/settings-check.ts';
import { repairSettings } from './repair-with-rules.ts';

export const { loadSettings, saveSettings, updateSettings, watchSettings } = settingsAccess(repairSettings, (raw) => cleanAnalysis(raw, 'import', RULES));
