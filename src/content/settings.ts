/**
 * The coach's settings: the settings store with the rule registry, which the coach loads
 * anyway, so the user's analysis overrides are repaired (and the organisation's checked)
 * before any draft is analysed with them.
 */
import { RULES } from '../core/rules/index.ts';
import { settingsStore } from '../settings/store.ts';

export const { loadSettings, saveSettings, watchSettings } = settingsStore(RULES);
