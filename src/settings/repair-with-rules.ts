/**
 * Stored settings, every part repaired, the analysis overrides checked against the rule
 * registry (so this loads every rule and compromise: the popup and the worker use
 * repair.ts's keepAnalysis instead).
 */
import { RULES } from '../core/rules/index.ts';
import { cleanAnalysis } from '../core/settings-check.ts';
import { type Repaired, repairSettingsWith } from './repair.ts';

export function repairSettings(raw: unknown): Repaired {
  return repairSettingsWith(raw, (analysis) => cleanAnalysis(analysis, 'repair', RULES));
}
