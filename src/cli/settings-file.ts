/**
 * `--settings FILE`: the extension's export (`{ "parley": 1, "settings": {...} }`) or a bare
 * settings object. Bad parts are repaired by the core (defaults stand in) and named as
 * warnings; only an unreadable file or a newer export format stops the run.
 */
import { settingsFor } from '../core/index.ts';
import { readInput } from './input.ts';

/** The export format versions this CLI understands. */
const SUPPORTED_EXPORT = 1;

export type LoadedSettings = { ok: true; settings: unknown; warnings: string[] } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function loadSettings(path: string): Promise<LoadedSettings> {
  const read = await readInput(path);
  if (!read.ok) return { ok: false, error: `settings: ${read.error}` };
  let raw: unknown;
  try {
    raw = JSON.parse(read.text);
  } catch (error) {
    return { ok: false, error: `settings: ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  let settings = raw;
  if (isObject(raw) && 'parley' in raw) {
    if (raw.parley !== SUPPORTED_EXPORT) {
      return { ok: false, error: `settings: ${path} is export format ${JSON.stringify(raw.parley)}; this version of parley reads format ${SUPPORTED_EXPORT}` };
    }
    settings = raw.settings ?? {};
  }
  const warnings = settingsFor(settings).errors.map((e) => `settings: ${path}: ${e} (ignored)`);
  return { ok: true, settings, warnings };
}
