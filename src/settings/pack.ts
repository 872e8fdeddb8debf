/**
 * Rule packs: the settings as a JSON file a team lead exports and the team imports.
 *
 *   { "parley": 1, "exportedAt": "2026-11-22T10:00:00.000Z",
 *     "settings": { "version": 2, "enabled": true, "rules": {…}, "channels": {…},
 *                   "words": {…}, "sites": {…}, "memory": {…} } }
 *
 * `parley` is the file format; `settings.version` the settings schema (older ones are
 * migrated). rules/channels/words are the analysis overrides exactly as `analyze()` and the
 * CLI's --settings take them. Each section present replaces the current one; an absent
 * section is left as it is, so a pack may carry only rules. Reading never applies anything:
 * it returns the settings that would result, what would change and what was wrong.
 *
 * The options page's import, the CLI's --settings and the administrator's managed pack all
 * read a pack here, so one pack means the same thing everywhere.
 */
import { RULES } from '../core/rules/index.ts';
import type { AnalysisSettings } from '../core/settings.ts';
import { cleanChannels, cleanRules, cleanWordLists } from '../core/settings-check.ts';
import { cleanEnabled, cleanMemory, cleanSites } from './prefs.ts';
import { isObject } from '../core/option-check.ts';
import { type Change, describeChanges } from './diff.ts';
import { migrate, withoutDefaults } from './migrate.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema.ts';

export const PACK_FORMAT = 1;
/** Far above any pack that fits browser sync (100 KB), far below what would stall the page. */
export const MAX_PACK_BYTES = 256 * 1024;
export const SECTIONS = ['enabled', 'rules', 'channels', 'words', 'sites', 'memory'] as const;
export type Section = (typeof SECTIONS)[number];

export interface RulePack {
  parley: typeof PACK_FORMAT;
  exportedAt: string;
  settings: { version: number; enabled: boolean; sites: Settings['sites']; memory: Record<string, unknown> } & Required<AnalysisSettings>;
}

export type PackReading =
  | { ok: false; error: string }
  | { ok: true; next: Settings; changes: Change[]; problems: string[]; sections: Section[]; exportedAt?: string };

/** Every section is written, so importing the file reproduces these settings exactly. */
export function exportPack(settings: Settings, now = new Date()): RulePack {
  const { analysis } = settings;
  return {
    parley: PACK_FORMAT,
    exportedAt: now.toISOString(),
    settings: {
      version: SETTINGS_VERSION,
      enabled: settings.enabled,
      rules: analysis.rules ?? {},
      channels: analysis.channels ?? {},
      words: analysis.words ?? {},
      sites: settings.sites,
      memory: withoutDefaults({ ...settings.memory }, { ...DEFAULT_SETTINGS.memory }),
    },
  };
}

export const packFileName = (now = new Date()): string => `parley-settings-${now.toISOString().slice(0, 10)}.json`;

const fail = (error: string): PackReading => ({ ok: false, error: `${error} Nothing was imported.` });

/** The reading of a file too large to be a pack; callers check a file's size before reading it. */
export const tooLarge = (bytes: number): PackReading => fail(`This file is ${sizeOf(bytes)}; a Parley rule pack is at most ${sizeOf(MAX_PACK_BYTES)}.`);

/** `bare`: also take bare settings (the CLI). `strict`: refuse the whole pack if anything in it is wrong. */
export function readPack(text: string, current: Settings, options: { bare?: boolean; mode?: 'import' | 'strict' } = {}): PackReading {
  const reading = readPackText(text, current, options.bare ?? false);
  if (options.mode !== 'strict' || !reading.ok || reading.problems.length === 0) return reading;
  const count = reading.problems.length;
  return fail(`This pack has ${count} problem${count === 1 ? '' : 's'}: ${reading.problems.join(' ')}`);
}

function readPackText(text: string, current: Settings, bare: boolean): PackReading {
  if (text.length > MAX_PACK_BYTES) return tooLarge(text.length);
  if (text.trim() === '') return fail('This file is empty.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(`This file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`);
  }
  // The CLI also takes bare settings (what analyze() takes), as it always has.
  if (bare && isObject(raw) && !('parley' in raw)) return { ok: true, ...applyPack(raw, current) };
  if (!isObject(raw)) return fail(`This is not a Parley rule pack: expected a JSON object with "parley": ${PACK_FORMAT}, found ${kindOf(raw)}.`);
  if (!('parley' in raw)) return fail(`This is not a Parley rule pack: it has no "parley" format field.`);
  if (raw.parley !== PACK_FORMAT) {
    return typeof raw.parley === 'number' && raw.parley > PACK_FORMAT
      ? fail(`This pack is format ${raw.parley}, newer than this version of Parley reads (${PACK_FORMAT}). Update Parley, then import it again.`)
      : fail(`This is not a Parley rule pack: "parley" must be ${PACK_FORMAT}, found ${JSON.stringify(raw.parley)}.`);
  }
  if (!isObject(raw.settings)) return fail(`This rule pack has no "settings" object (found ${kindOf(raw.settings)}).`);
  return { ok: true, ...applyPack(raw.settings, current), ...(typeof raw.exportedAt === 'string' ? { exportedAt: raw.exportedAt } : {}) };
}

/** `current` with each section the pack sets replaced by the pack's valid part of it. */
export function applyPack(settings: Record<string, unknown>, current: Settings): { next: Settings; changes: Change[]; problems: string[]; sections: Section[] } {
  const problems: string[] = [];
  for (const key of Object.keys(settings)) {
    if (key !== 'version' && !SECTIONS.includes(key as Section)) problems.push(`Unknown section "${key}"; skipped.`);
  }
  const present = new Set(SECTIONS.filter((s) => settings[s] !== undefined));
  // A hand-written pack may leave out the version: read it as the current schema.
  const version = settings.version ?? SETTINGS_VERSION;
  const { value, newerVersion } = migrate({
    version,
    enabled: settings.enabled,
    analysis: { rules: settings.rules, channels: settings.channels, words: settings.words },
    sites: settings.sites,
    memory: settings.memory,
  });
  if (newerVersion !== undefined) problems.push(`This pack was written by a newer Parley (settings version ${newerVersion}); anything this version does not know was skipped.`);
  const analysis = isObject(value.analysis) ? value.analysis : {};
  const next = structuredClone(current);
  const take = <T>(section: Section, cleaned: { value: T; problems: string[] }, set: (v: T) => void): void => {
    if (!present.has(section)) return;
    problems.push(...cleaned.problems);
    set(cleaned.value);
  };
  const setAnalysis = <K extends keyof AnalysisSettings>(key: K, v: AnalysisSettings[K]): void => {
    if (v && Object.keys(v).length) next.analysis[key] = v;
    else delete next.analysis[key];
  };
  take('enabled', cleanEnabled(value.enabled), (v) => (next.enabled = v));
  take('rules', cleanRules(analysis.rules, 'import', RULES), (v) => setAnalysis('rules', v));
  take('channels', cleanChannels(analysis.channels, 'import'), (v) => setAnalysis('channels', v));
  take('words', cleanWordLists(analysis.words), (v) => setAnalysis('words', v));
  take('sites', cleanSites(value.sites), (v) => (next.sites = v));
  take('memory', cleanMemory(value.memory, 'import'), (v) => (next.memory = v));
  return { next, changes: describeChanges(current, next), problems, sections: [...present] };
}

const sizeOf = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'a list' : v === undefined ? 'nothing' : `a ${typeof v}`);
