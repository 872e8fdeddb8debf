import type { Rule } from '../core/rule.ts';
import type { AnalysisSettings, RuleOverride } from '../core/settings.ts';
import { type Cleaned, type CleanMode } from './values.ts';
export declare function cleanRules(raw: unknown, mode: CleanMode, registry: readonly Rule[]): Cleaned<Record<string, RuleOverride>>;
export declare function cleanChannels(raw: unknown, mode: CleanMode): Cleaned<AnalysisSettings['channels'] & object>;
export declare function cleanWordLists(raw: unknown): Cleaned<AnalysisSettings['words'] & object>;
/** The analysis overrides as a whole: rules, channel targets and word lists. */
export declare function cleanAnalysis(raw: unknown, mode: CleanMode, registry: readonly Rule[]): Cleaned<AnalysisSettings>;
