/**
 * Cleans each section of the settings: only valid overrides that differ from the defaults
 * survive, and everything dropped or changed is named in `problems` in words a user can act
 * on. Used for stored settings (mode "repair") and imported packs (mode "import").
 */
import { CHANNEL_TARGETS, CHANNEL_LABELS } from '../core/channels.ts';
import { words as wordsOption } from '../core/options.ts';
import type { WordLists } from '../core/rule.ts';
import { RULES } from '../core/rules/index.ts';
import type { AnalysisSettings, RuleOverride } from '../core/settings.ts';
import { CHANNELS, SEVERITIES, type Channel, type Severity } from '../core/types.ts';
import { isShortPhrase, LONG_PHRASE_PROBLEM } from './allow-phrase.ts';
import { ruleTitle, WORD_LIST_LABELS } from './labels.ts';
import { type Cleaned, cleanOptions, cleanWords, type CleanMode, isObject } from './settings-clean-values.ts';

const rulesById = new Map(RULES.map((r) => [r.id, r]));
/** The user's own word lists; same limit as core/settings.ts. */
const WORD_LIST = wordsOption({ default: [], label: 'Word list', maxItems: 500 });
const WORD_KEYS = Object.keys(WORD_LIST_LABELS) as (keyof WordLists)[];

export function cleanRules(raw: unknown, mode: CleanMode): Cleaned<Record<string, RuleOverride>> {
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
    if (!WORD_KEYS.includes(key as keyof WordLists)) {
      problems.push(`Unknown word list "${key}"; skipped.`);
      continue;
    }
    const where = `Word list "${WORD_LIST_LABELS[key as keyof WordLists]}"`;
    const cleaned = cleanWords(WORD_LIST, key === 'allow' ? shortPhrasesOnly(list, where, problems) : list, where);
    if (cleaned.problem) problems.push(cleaned.problem);
    if (Array.isArray(cleaned.value) && cleaned.value.length) value[key as keyof WordLists] = cleaned.value as string[];
  }
  return { value, problems };
}

/** The allow list's entries past MAX_ALLOW_WORDS words are dropped (draft sentences are never stored). */
function shortPhrasesOnly(list: unknown, where: string, problems: string[]): unknown {
  if (!Array.isArray(list)) return list;
  const kept = list.filter((item) => typeof item !== 'string' || item.trim() === '' || isShortPhrase(item));
  const dropped = list.length - kept.length;
  if (dropped > 0) problems.push(`${where}: ${dropped} entr${dropped === 1 ? 'y' : 'ies'} dropped; each may be ${LONG_PHRASE_PROBLEM}`);
  return kept;
}

/** The analysis overrides as a whole: rules, channel targets and word lists. */
export function cleanAnalysis(raw: unknown, mode: CleanMode): Cleaned<AnalysisSettings> {
  if (raw === undefined) return { value: {}, problems: [] };
  if (!isObject(raw)) return { value: {}, problems: ['Rule settings were not readable; every rule, channel and word list is back to its default.'] };
  const rules = cleanRules(raw.rules, mode);
  const channels = cleanChannels(raw.channels, mode);
  const words = cleanWordLists(raw.words);
  const value: AnalysisSettings = {};
  if (Object.keys(rules.value).length) value.rules = rules.value;
  if (Object.keys(channels.value).length) value.channels = channels.value;
  if (Object.keys(words.value).length) value.words = words.value;
  return { value, problems: [...rules.problems, ...channels.problems, ...words.problems] };
}

/** Stored analysis overrides, repaired (see settings-repair.ts). */
export const repairAnalysis = (raw: unknown): Cleaned<AnalysisSettings> => cleanAnalysis(raw, 'repair');
