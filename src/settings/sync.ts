/**
 * How settings fit in storage.sync. Chrome allows 8,192 bytes per item (key + JSON of the
 * value) and 102,400 in all. Only overrides are written, which almost always fit one item; a
 * long word list may not, so the JSON is then split across `${key}.part.N` items, and the
 * main item says how many. Past the total quota nothing is written and the user is told why.
 * Pure over an injected storage area, so it is tested without a browser.
 */
import { isObject } from '../core/option-check.ts';
import { withoutDefaults } from './migrate.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema.ts';

export const QUOTA_BYTES_PER_ITEM = 8192;
export const QUOTA_BYTES = 102_400;

export interface SyncArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export type SaveResult = { ok: true; bytes: number } | { ok: false; error: string };

const encoder = new TextEncoder();
const partKey = (key: string, i: number): string => `${key}.part.${i}`;
const isPartOf = (key: string, k: string): boolean => k.startsWith(`${key}.part.`);

/** How storage.sync counts an item against its quota. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** The stored form: the schema version plus only what differs from the defaults. */
export function toStored(settings: Settings): Record<string, unknown> {
  const { version: _version, ...rest } = settings;
  const { version: _default, ...defaults } = DEFAULT_SETTINGS;
  return { version: SETTINGS_VERSION, ...withoutDefaults({ ...rest }, { ...defaults }) };
}

/** The items to write for `stored` under `key`: one, or a marker plus parts. */
export function encodeItems(key: string, stored: Record<string, unknown>): Record<string, unknown> {
  if (itemBytes(key, stored) <= QUOTA_BYTES_PER_ITEM) return { [key]: stored };
  const json = JSON.stringify(stored);
  const items: Record<string, unknown> = {};
  let count = 0;
  for (let start = 0; start < json.length; count++) {
    const end = largestFit(json, start, partKey(key, count));
    items[partKey(key, count)] = json.slice(start, end);
    start = end;
  }
  items[key] = { version: stored.version, $parts: count };
  return items;
}

/** The end of the longest slice from `start` whose item fits, never splitting a surrogate pair. */
function largestFit(json: string, start: number, key: string): number {
  let lo = start + 1;
  let hi = Math.min(json.length, start + QUOTA_BYTES_PER_ITEM);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (itemBytes(key, json.slice(start, mid)) <= QUOTA_BYTES_PER_ITEM) lo = mid;
    else hi = mid - 1;
  }
  const code = json.charCodeAt(lo - 1);
  return code >= 0xd800 && code <= 0xdbff && lo - 1 > start ? lo - 1 : lo;
}

/** The stored object read back from `items`; `problem` says why it could not be. */
export function decodeItems(key: string, items: Record<string, unknown>): { value: unknown; problem?: string } {
  const main = items[key];
  if (!isObject(main) || typeof main.$parts !== 'number') return { value: main };
  let json = '';
  for (let i = 0; i < main.$parts; i++) {
    const part = items[partKey(key, i)];
    if (typeof part !== 'string') return { value: undefined, problem: 'Saved settings were incomplete (a part was missing), so every setting is back to its default.' };
    json += part;
  }
  try {
    return { value: JSON.parse(json) };
  } catch {
    return { value: undefined, problem: 'Saved settings were damaged and could not be read, so every setting is back to its default.' };
  }
}

export async function readSettingsItems(area: SyncArea, key: string): Promise<{ value: unknown; problem?: string }> {
  return decodeItems(key, await area.get(null));
}

export async function writeSettingsItems(area: SyncArea, key: string, stored: Record<string, unknown>): Promise<SaveResult> {
  const items = encodeItems(key, stored);
  const bytes = Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  if (bytes > QUOTA_BYTES) {
    return { ok: false, error: `Not saved: these settings need ${kb(bytes)} but browser sync holds ${kb(QUOTA_BYTES)}. Shorten the word lists.` };
  }
  try {
    const before = await area.get(null);
    await area.set(items);
    const stale = Object.keys(before).filter((k) => isPartOf(key, k) && !(k in items));
    if (stale.length) await area.remove(stale);
    return { ok: true, bytes };
  } catch (error) {
    // Sync is switched off, or the write rate limit was hit: the message says which.
    return { ok: false, error: `Not saved: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const kb = (bytes: number): string => `${Math.ceil(bytes / 1024)} KB`;
