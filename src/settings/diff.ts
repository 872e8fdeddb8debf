/**
 * What would change between two settings, in words: the preview shown before an import is
 * applied. Compares effective values (defaults filled in), so "no override" and "override
 * equal to the default" are the same thing to the user, as they are to the analysis.
 */
import { CHANNEL_LABELS, CHANNEL_TARGETS, channelTargets } from '../core/channels.ts';
import { type OptionDescriptor, resolveOptions } from '../core/options.ts';
import type { WordLists } from '../core/rule.ts';
import { RULES } from '../core/rules/index.ts';
import { CHANNELS } from '../core/types.ts';
import { ruleTitle, WORD_LIST_LABELS } from '../core/labels.ts';
import { DAILY_LIMIT_SPEC, MEMORY_SPEC, type Settings } from './schema.ts';
import { SITE_IDS, siteLabel } from '../sites/built-in.ts';

export type ChangeSection = 'General' | 'Rules' | 'Channels' | 'Word lists' | 'Sites' | 'Noise memory';

export interface Change {
  section: ChangeSection;
  label: string;
  from: string;
  to: string;
}

const onOff = (on: boolean): string => (on ? 'on' : 'off');
const list = (items: readonly string[]): string => (items.length ? items.join(', ') : 'none');

export function formatValue(d: OptionDescriptor, value: unknown): string {
  if (d.type === 'bool') return onOff(value === true);
  if (d.type === 'words') return Array.isArray(value) ? list(value.map(String)) : 'none';
  return String(value);
}

export function describeChanges(before: Settings, after: Settings): Change[] {
  const changes: Change[] = [];
  const add = (section: ChangeSection, label: string, from: string, to: string): void => {
    if (from !== to) changes.push({ section, label, from, to });
  };
  add('General', 'Coaching', onOff(before.enabled), onOff(after.enabled));

  for (const rule of RULES) {
    const a = before.analysis.rules?.[rule.id];
    const b = after.analysis.rules?.[rule.id];
    const title = ruleTitle(rule.id);
    add('Rules', title, onOff(a?.enabled !== false), onOff(b?.enabled !== false));
    add('Rules', `${title}: severity`, a?.severity ?? rule.severity, b?.severity ?? rule.severity);
    const optsA = resolveOptions(rule.options, a?.options);
    const optsB = resolveOptions(rule.options, b?.options);
    for (const [key, d] of Object.entries(rule.options)) add('Rules', `${title}: ${d.label}`, formatValue(d, optsA[key]), formatValue(d, optsB[key]));
  }

  for (const channel of CHANNELS) {
    const a = channelTargets(channel, before.analysis.channels?.[channel]);
    const b = channelTargets(channel, after.analysis.channels?.[channel]);
    const spec = CHANNEL_TARGETS[channel];
    for (const key of Object.keys(spec) as (keyof typeof spec)[]) add('Channels', `${CHANNEL_LABELS[channel]}: ${spec[key].label}`, String(a[key]), String(b[key]));
  }

  for (const key of Object.keys(WORD_LIST_LABELS) as (keyof WordLists)[]) {
    add('Word lists', WORD_LIST_LABELS[key], list(before.analysis.words?.[key] ?? []), list(after.analysis.words?.[key] ?? []));
  }

  for (const site of SITE_IDS) add('Sites', siteLabel(site), onOff(!before.sites.disabled.includes(site)), onOff(!after.sites.disabled.includes(site)));
  add('Sites', 'Paused sites', list(before.sites.paused), list(after.sites.paused));

  for (const key of Object.keys(MEMORY_SPEC) as (keyof typeof MEMORY_SPEC)[]) {
    const d = MEMORY_SPEC[key];
    add('Noise memory', d.label, formatValue(d, before.memory[key]), formatValue(d, after.memory[key]));
  }
  for (const channel of CHANNELS) {
    const d = DAILY_LIMIT_SPEC[channel];
    add('Noise memory', d.label, String(before.memory.dailyLimits[channel] ?? d.default), String(after.memory.dailyLimits[channel] ?? d.default));
  }
  return changes;
}
