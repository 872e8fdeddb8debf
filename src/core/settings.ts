/**
 * Analysis settings: only the user's overrides of the defaults are stored. Parsing repairs
 * rather than throws: each bad part is skipped (its default stands) and named in `errors`.
 */
import { cleanAnalysis } from './settings-check.ts';
import { type ChannelTargets, channelTargets } from './channels.ts';
import { type OptionValues, resolveOptions } from './options.ts';
import type { Rule, WordLists } from './rule.ts';
import { CHANNELS, type Channel, type Severity } from './types.ts';

export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
}

/** What analyze() accepts as `settings` (all parts optional). */
export interface AnalysisSettings {
  rules?: Record<string, RuleOverride>;
  channels?: Partial<Record<Channel, Record<string, number>>>;
  words?: Partial<Record<keyof WordLists, string[]>>;
}

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  options: OptionValues<Rule['options']>;
}

export interface ResolvedSettings {
  rules: ResolvedRule[];
  targets: Record<Channel, ChannelTargets>;
  words: WordLists;
}

/**
 * The resolved settings for a run. `raw` is checked by the same validator as every pack
 * (settings-check.ts, mode "import"): a bad item is skipped and named in `errors`, the good
 * ones are kept, so analyze(), the CLI and the extension read one pack the same way.
 */
export function resolveSettings(raw: unknown, registry: readonly Rule[]): { settings: ResolvedSettings; errors: string[] } {
  const { value, problems } = cleanAnalysis(raw, 'import', registry);
  const rules: ResolvedRule[] = [];
  for (const rule of registry) {
    const override = value.rules?.[rule.id];
    if (override?.enabled === false) continue;
    rules.push({ rule, severity: override?.severity ?? rule.severity, options: resolveOptions(rule.options, override?.options) });
  }
  const targets = Object.fromEntries(CHANNELS.map((c) => [c, channelTargets(c, value.channels?.[c])])) as Record<Channel, ChannelTargets>;
  // Matching ignores case (allow-list.ts, phrases.ts): lists are compared lower-cased.
  const list = (key: keyof WordLists): string[] => (value.words?.[key] ?? []).map((w) => w.toLowerCase());
  return { settings: { rules, targets, words: { brag: list('brag'), flag: list('flag'), allow: list('allow') } }, errors: problems };
}
