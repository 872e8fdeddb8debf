/** Stored settings, every part repaired, the analysis overrides against the rule registry. */
import { repairAnalysis } from './settings-clean.ts';
import { type Repaired, repairSettingsWith } from './settings-repair-parts.ts';

export function repairSettings(raw: unknown): Repaired {
  return repairSettingsWith(raw, repairAnalysis);
}
