/**
 * Brings settings from an older schema version (stored, synced from another device, or in an
 * imported pack) up to SETTINGS_VERSION, one step at a time, and follows rule renames so a
 * renamed rule keeps the user's overrides.
 */
import { isObject } from '../core/option-check.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './schema.ts';

type Raw = Record<string, unknown>;
export type Migration = (raw: Raw) => Raw;

/**
 * Old rule id -> new id. Add an entry when a rule is renamed or merged (refined-github keeps
 * feature-renames.json for the same reason); never remove one, old packs still carry old ids.
 */
export const RULE_RENAMES: Readonly<Record<string, string>> = {};

/** MIGRATIONS[n] turns a version-n object into version n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // v1 stored the whole object, defaults included, in one storage item; v2 stores overrides
  // only (and may split them into parts, sync.ts). Keep only what differs.
  1: (raw) => (isObject(raw) ? withoutDefaults(raw, { ...DEFAULT_SETTINGS }) : raw),
};

export interface Migrated {
  value: Raw;
  /** Set when the object comes from a newer Parley than this one. */
  newerVersion?: number;
}

export function migrate(raw: Raw, options: { migrations?: Readonly<Record<number, Migration>>; renames?: Readonly<Record<string, string>>; current?: number } = {}): Migrated {
  const { migrations = MIGRATIONS, renames = RULE_RENAMES, current = SETTINGS_VERSION } = options;
  const stated = raw.version;
  // No version: the first schema, written before versions were stored.
  let version = typeof stated === 'number' && Number.isInteger(stated) && stated >= 1 ? stated : 1;
  let value = raw;
  if (version > current) return { value: renameRules(value, renames), newerVersion: version };
  for (; version < current; version++) {
    const step = migrations[version];
    if (step) value = step(value);
  }
  return { value: { ...renameRules(value, renames), version: current } };
}

function renameRules(raw: Raw, renames: Readonly<Record<string, string>>): Raw {
  const analysis = raw.analysis;
  if (!isObject(analysis) || !isObject(analysis.rules)) return raw;
  const rules: Raw = {};
  for (const [id, override] of Object.entries(analysis.rules)) {
    const now = renames[id];
    if (now === undefined) rules[id] = override;
    // An override under the new id, if any, was written later and wins.
    else if (!(now in analysis.rules)) rules[now] = override;
  }
  return { ...raw, analysis: { ...analysis, rules } };
}

/** The parts of `value` that differ from `defaults` (plain objects compared key by key). */
export function withoutDefaults(value: Raw, defaults: Raw): Raw {
  const out: Raw = {};
  for (const [key, v] of Object.entries(value)) {
    const d = defaults[key];
    if (isObject(v) && isObject(d)) {
      const inner = withoutDefaults(v, d);
      if (Object.keys(inner).length) out[key] = inner;
    } else if (JSON.stringify(v) !== JSON.stringify(d)) out[key] = v;
  }
  return out;
}
