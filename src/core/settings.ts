/**
 * Analysis settings: only the user's overrides of the defaults are stored. Parsing repairs
 * rather than throws: each bad part falls back to its default and is named in `errors`.
 */
import { CHANNEL_TARGETS, type ChannelTargets, channelTargets } from './channels.ts';
import { type OptionValues, resolveOptions, words as wordsOption, validateOption } from './options.ts';
import type { Rule, WordLists } from './rule.ts';
import { CHANNELS, type Channel, SEVERITIES, type Severity } from './types.ts';

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

const WORD_LIST = wordsOption({ default: [], label: 'Word list', maxItems: 500 });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function resolveSettings(raw: unknown, registry: readonly Rule[]): { settings: ResolvedSettings; errors: string[] } {
  const errors: string[] = [];
  const input = isObject(raw) ? raw : {};
  if (raw !== undefined && !isObject(raw)) errors.push('settings must be an object; using defaults');

  const ruleOverrides = isObject(input.rules) ? input.rules : {};
  const known = new Set(registry.map((r) => r.id));
  for (const id of Object.keys(ruleOverrides)) if (!known.has(id)) errors.push(`unknown rule "${id}"`);

  const rules: ResolvedRule[] = [];
  for (const rule of registry) {
    const o = ruleOverrides[rule.id];
    if (o !== undefined && !isObject(o)) {
      errors.push(`rule "${rule.id}": override must be an object`);
    }
    const override = isObject(o) ? o : {};
    if (override.enabled === false) continue;
    if (override.enabled !== undefined && typeof override.enabled !== 'boolean') {
      errors.push(`rule "${rule.id}": enabled must be true or false`);
    }
    let severity = rule.severity;
    if (override.severity !== undefined) {
      if (SEVERITIES.includes(override.severity as Severity)) severity = override.severity as Severity;
      else errors.push(`rule "${rule.id}": severity must be one of ${SEVERITIES.join(', ')}`);
    }
    const { values, errors: optionErrors } = resolveOptions(rule.options, override.options);
    errors.push(...optionErrors.map((e) => `rule "${rule.id}": ${e}`));
    rules.push({ rule, severity, options: values });
  }

  const channelOverrides = isObject(input.channels) ? input.channels : {};
  const targets = {} as Record<Channel, ChannelTargets>;
  for (const channel of CHANNELS) {
    const { values, errors: e } = channelTargets(channel, channelOverrides[channel]);
    targets[channel] = values;
    errors.push(...e.map((m) => `channel "${channel}": ${m}`));
  }
  for (const key of Object.keys(channelOverrides)) {
    if (!(key in CHANNEL_TARGETS)) errors.push(`unknown channel "${key}"`);
  }

  const wordInput = isObject(input.words) ? input.words : {};
  const list = (key: keyof WordLists): string[] => {
    const value = wordInput[key];
    if (value === undefined) return [];
    const problem = validateOption(WORD_LIST, value);
    if (problem) {
      errors.push(`word list "${key}": ${problem.replace(/^Word list: /, '')}`);
      return [];
    }
    return (value as string[]).map((w) => w.trim().toLowerCase());
  };
  return { settings: { rules, targets, words: { brag: list('brag'), flag: list('flag'), allow: list('allow') } }, errors };
}
