/**
 * Cleans the analysis overrides (rules, channel targets, word lists): only valid overrides that
 * differ from the defaults survive, and everything dropped or changed is named in `problems`
 * in words a user can act on. The one validator behind stored settings (mode "repair"),
 * imported and managed packs, the CLI's --settings and analyze()'s settings (mode "import").
 * The rule registry is passed in, so analyze() can check against its own.
 */
import { CHANNEL_TARGETS, CHANNEL_LABELS } from './channels.ts';
import type { Rule, WordLists } from './rule.ts';
import type { AnalysisSettings, RuleOverride } from './settings.ts';
import { CHANNELS, SEVERITIES, type Channel, type Severity } from './types.ts';
import { ruleTitle } from './labels.ts';
import { WORD_LIST_SPEC } from './word-lists.ts';
import { type Cleaned, cleanOptions, cleanWords, type CleanMode, isObject } from './option-check.ts';

export function cleanRules(raw: unknown, mode: CleanMode, registry: readonly Rule[]): Cleaned<Record<string, RuleOverride>> {
  const rulesById = new Map(registry.map((r) => [r.id, r]));
  const value: Record<string, RuleOverride> = {};
  const problems: string[] = [];
  if (!isObject(raw)) return { value, problems: raw === undefined ? [] : ['Rule settings were not readable; every rule is back to its default.'] };
  for (const [id, override] of Object.entries(raw)) {
    const rule = rulesById.get(id);
    if (!rule) {
      problems.push(`Unknown rule "${id}": this version of Parley has no such rule; skipped.`);
      continue;
    }
    const where = `Rule "${ruleTitle(id)}"`;
    if (!isObject(override)) {
      problems.push(`${where}: its settings were not readable; back to its defaults.`);
      continue;
    }
    const out: RuleOverride = {};
    for (const key of Object.keys(override)) {
      if (key !== 'enabled' && key !== 'severity' && key !== 'options') problems.push(`${where}: unknown setting "${key}"; skipped.`);
    }
    if (override.enabled === false) out.enabled = false;
    else if (override.enabled !== undefined && override.enabled !== true) problems.push(`${where}: "enabled" must be true or false; left on.`);
    const severity = override.severity;
    if (SEVERITIES.includes(severity as Severity)) {
      if (severity !== rule.severity) out.severity = severity as Severity;
    } else if (severity !== undefined) {
      problems.push(`${where}: severity must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(severity)}; left at ${rule.severity}.`);
    }
    const options = cleanOptions(rule.options, override.options, mode, where);
    problems.push(...options.problems);
    if (Object.keys(options.value).length) out.options = options.value;
    if (Object.keys(out).length) value[id] = out;
  }
  return { value, problems };
}

export function cleanChannels(raw: unknown, mode: CleanMode): Cleaned<AnalysisSettings['channels'] & object> {
  const value: Partial<Record<Channel, Record<string, number>>> = {};
  const problems: string[] = [];
  if (raw === undefined) return { value, problems };
  if (!isObject(raw)) return { value, problems: ['Channel targets were not readable; every channel is back to its defaults.'] };
  for (const [key, targets] of Object.entries(raw)) {
    if (!CHANNELS.includes(key as Channel)) {
      problems.push(`Unknown channel "${key}"; skipped.`);
      continue;
    }
    const channel = key as Channel;
    const cleaned = cleanOptions(CHANNEL_TARGETS[channel], targets, mode, `${CHANNEL_LABELS[channel]} target`);
    problems.push(...cleaned.problems);
    // Channel targets are all whole numbers, so every cleaned value is one.
    const numbers = Object.entries(cleaned.value).filter((e): e is [string, number] => typeof e[1] === 'number');
    if (numbers.length) value[channel] = Object.fromEntries(numbers);
  }
  return { value, problems };
}

export function cleanWordLists(raw: unknown): Cleaned<AnalysisSettings['words'] & object> {
  const value: Partial<Record<keyof WordLists, string[]>> = {};
  const problems: string[] = [];
  if (raw === undefined) return { value, problems };
  if (!isObject(raw)) return { value, problems: ['Word lists were not readable; they are empty now.'] };
  for (const [key, list] of Object.entries(raw)) {
    if (!Object.hasOwn(WORD_LIST_SPEC, key)) {
      problems.push(`Unknown word list "${key}"; skipped.`);
      continue;
    }
    const spec = WORD_LIST_SPEC[key as keyof WordLists];
    const cleaned = cleanWords(spec, list, `Word list "${spec.label}"`);
    if (cleaned.problem) problems.push(cleaned.problem);
    if (Array.isArray(cleaned.value) && cleaned.value.length) value[key as keyof WordLists] = cleaned.value as string[];
  }
  return { value, problems };
}

/** The analysis overrides as a whole: rules, channel targets and word lists. */
export function cleanAnalysis(raw: unknown, mode: CleanMode, registry: readonly Rule[]): Cleaned<AnalysisSettings> {
  if (raw === undefined) return { value: {}, problems: [] };
  if (!isObject(raw)) return { value: {}, problems: ['Rule settings were not readable; every rule, channel and word list is back to its default.'] };
  const rules = cleanRules(raw.rules, mode, registry);
  const channels = cleanChannels(raw.channels, mode);
  const words = cleanWordLists(raw.words);
  const value: AnalysisSettings = {};
  if (Object.keys(rules.value).length) value.rules = rules.value;
  if (Object.keys(channels.value).length) value.channels = channels.value;
  if (Object.keys(words.value).length) value.words = words.value;
  return { value, problems: [...rules.problems, ...channels.problems, ...words.problems] };
}
