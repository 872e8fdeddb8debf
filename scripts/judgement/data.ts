/**
 * The real, labelled texts in ../shared/data (see its SOURCES.md), split once and for all into
 * a fitting part and a held-out part. The split is a hash of each row's id, so it never depends
 * on file order, and a row never moves between parts when the files grow.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Channel } from '../../src/core/types.ts';

export type Label = 'broadcast' | 'dialogue';
export type Part = 'fit' | 'holdout';

export interface LabelledText {
  id: string;
  text: string;
  label: Label;
  /** The data file the row came from, without ".jsonl": email, short, social. */
  file: string;
  channel: Channel;
  part: Part;
}

const here = dirname(fileURLToPath(import.meta.url));
/** The team's shared folder sits beside the checkout (CI lays a copy there too). */
export const DATA_DIR = resolve(process.env.PARLEY_DATA ?? join(here, '..', '..', '..', 'shared', 'data'));

/** Share of rows held out from fitting, in tenths. */
const HOLDOUT_TENTHS = 4;

/** FNV-1a, 32 bits: small, stable across platforms and Node versions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const partOf = (id: string): Part => (fnv1a(id) % 10 < HOLDOUT_TENTHS ? 'holdout' : 'fit');

/** As judge.mjs checks them: a file whose name starts with "email" as email, the rest as generic. */
export const channelOf = (file: string): Channel => (file.startsWith('email') ? 'email' : 'generic');

export const hasData = (dir = DATA_DIR): boolean => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.jsonl'));

export function loadData(dir = DATA_DIR): LabelledText[] {
  const rows: LabelledText[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const file = name.replace(/\.jsonl$/, '');
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string; label: Label };
      rows.push({ id: String(row.id), text: row.text, label: row.label, file, channel: channelOf(file), part: partOf(String(row.id)) });
    }
  }
  return rows;
}
