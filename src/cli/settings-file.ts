/**
 * `--settings FILE`: a rule pack exported from the options page (`{ "parley": 1, "settings":
 * {...} }`), an administrator's managed pack, or bare settings. Read by the extension's own
 * pack reader (settings/pack.ts), so the CLI and the browser agree on what a pack means: bad
 * items are skipped and named as warnings, the good ones kept; only an unreadable file or a
 * newer pack format stops the run.
 */
import type { AnalysisSettings } from '../core/settings.ts';
import { readPack } from '../settings/pack.ts';
import { DEFAULT_SETTINGS } from '../settings/schema.ts';
import { readInput } from './input.ts';

export type LoadedSettings = { ok: true; settings: AnalysisSettings; warnings: string[] } | { ok: false; error: string };

export async function loadSettings(path: string, mode: 'import' | 'strict' = 'import'): Promise<LoadedSettings> {
  const read = await readInput(path);
  if (!read.ok) return { ok: false, error: `settings: ${read.error}` };
  const pack = readPack(read.text, DEFAULT_SETTINGS, { bare: true, mode });
  if (!pack.ok) return { ok: false, error: `settings: ${path}: ${pack.error}` };
  return { ok: true, settings: pack.next.analysis, warnings: pack.problems.map((p) => `settings: ${path}: ${p}`) };
}
