/**
 * Pure edits of the settings the options page makes. Each returns new settings with the
 * analysis overrides normalised (cleanAnalysis drops anything equal to its default), so
 * setting a value back to its default is the same as resetting it, and only real overrides
 * are ever stored.
 */
import type { WordLists } from '../core/rule.ts';
import { RULES } from '../core/rules/index.ts';
import type { RuleOverride } from '../core/settings.ts';
import type { Channel, Severity } from '../core/types.ts';
import { cleanAnalysis } from '../core/settings-check.ts';
import { DEFAULT_SETTINGS, type MemorySettings, type Settings } from '../settings/schema.ts';
import type { SiteId } from '../sites/built-in.ts';

type Edit = (draft: Settings) => void;

function edit(settings: Settings, change: Edit): Settings {
  const next = structuredClone(settings);
  change(next);
  next.analysis = cleanAnalysis(next.analysis, 'repair', RULES).value;
  return next;
}

function ruleOverride(s: Settings, id: string): RuleOverride {
  const rules = (s.analysis.rules ??= {});
  return (rules[id] ??= {});
}

export const setRuleEnabled = (s: Settings, id: string, on: boolean): Settings =>
  edit(s, (d) => {
    ruleOverride(d, id).enabled = on;
  });

export const setRuleSeverity = (s: Settings, id: string, severity: Severity): Settings =>
  edit(s, (d) => {
    ruleOverride(d, id).severity = severity;
  });

export const setRuleOption = (s: Settings, id: string, key: string, value: unknown): Settings =>
  edit(s, (d) => {
    const o = ruleOverride(d, id);
    o.options = { ...o.options, [key]: value };
  });

export const resetRule = (s: Settings, id: string): Settings =>
  edit(s, (d) => {
    delete d.analysis.rules?.[id];
  });

/** Rules, channel targets and word lists back to Parley's defaults; sites and memory stay. */
export const resetAnalysis = (s: Settings): Settings => edit(s, (d) => (d.analysis = {}));

export const setChannelTarget = (s: Settings, channel: Channel, key: string, value: number): Settings =>
  edit(s, (d) => {
    const channels = (d.analysis.channels ??= {});
    channels[channel] = { ...channels[channel], [key]: value };
  });

export const resetChannel = (s: Settings, channel: Channel): Settings =>
  edit(s, (d) => {
    delete d.analysis.channels?.[channel];
  });

export const setWordList = (s: Settings, key: keyof WordLists, items: string[]): Settings =>
  edit(s, (d) => {
    d.analysis.words = { ...d.analysis.words, [key]: items };
  });

export const setEnabled = (s: Settings, on: boolean): Settings => edit(s, (d) => (d.enabled = on));

export const setSiteEnabled = (s: Settings, site: SiteId, on: boolean): Settings =>
  edit(s, (d) => {
    d.sites.disabled = on ? d.sites.disabled.filter((x) => x !== site) : [...new Set([...d.sites.disabled, site])];
  });

export const unpauseSite = (s: Settings, host: string): Settings =>
  edit(s, (d) => {
    d.sites.paused = d.sites.paused.filter((h) => h !== host);
  });

export const setMemory = <K extends Exclude<keyof MemorySettings, 'dailyLimits'>>(s: Settings, key: K, value: MemorySettings[K]): Settings =>
  edit(s, (d) => {
    d.memory[key] = value;
  });

export const setDailyLimit = (s: Settings, channel: Channel, value: number): Settings =>
  edit(s, (d) => {
    d.memory.dailyLimits = { ...d.memory.dailyLimits, [channel]: value };
  });

export const resetMemory = (s: Settings): Settings => edit(s, (d) => (d.memory = structuredClone(DEFAULT_SETTINGS.memory)));

/** Does this rule differ from its defaults? (Offers "Reset" only where it would do something.) */
export const isRuleChanged = (s: Settings, id: string): boolean => s.analysis.rules?.[id] !== undefined;
export const isChannelChanged = (s: Settings, channel: Channel): boolean => s.analysis.channels?.[channel] !== undefined;
export const isAnalysisChanged = (s: Settings): boolean => Object.keys(s.analysis).length > 0;
