/**
 * The real, labelled texts in ../shared/data (see its SOURCES.md), split once and for all into
 * a fitting part and a held-out part. The split is a hash of each row's id, so it never depends
 * on file order, and a row never moves between parts when the files grow.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS, type Channel } from '../../src/core/types.ts';

export type Label = 'broadcast' | 'dialogue';
export type Part = 'fit' | 'holdout';

export interface LabelledText {
  id: string;
  text: string;
  label: Label;
  /** The data file the row came from, without ".jsonl": email, short, social, brand-x. */
  file: string;
  /** The row's source dataset within its file (SOURCES.md), e.g. enron-spam; the file's name when a row names none. */
  dataset: string;
  /** The row's own channel when it names one (brand-x: x), else the file's (as judge.mjs does). */
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

/** `npm run test:fast` sets PARLEY_SKIP_DATA=1: the tests that need the labelled data skip, as on a checkout without it. */
export const dataSkipped = (): boolean => Boolean(process.env.PARLEY_SKIP_DATA);

export const hasData = (dir = DATA_DIR): boolean => !dataSkipped() && existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.jsonl'));

interface RawRow {
  id: unknown;
  text?: unknown;
  label?: unknown;
  dataset?: unknown;
  channel?: unknown;
}

const isLabelled = (row: RawRow): boolean => typeof row.text === 'string' && (row.label === 'broadcast' || row.label === 'dialogue');

/**
 * Every file of labelled texts in the folder. A file whose rows are something else (reply-pairs.jsonl
 * holds replies with the message they answer) is not labelled text and is skipped whole.
 */
export function loadData(dir = DATA_DIR): LabelledText[] {
  const rows: LabelledText[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const file = name.replace(/\.jsonl$/, '');
    const parsed = readFileSync(join(dir, name), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as RawRow);
    if (!parsed.length || !isLabelled(parsed[0]!)) continue;
    for (const row of parsed) {
      if (!isLabelled(row)) continue;
      const id = String(row.id);
      const channel = typeof row.channel === 'string' && (CHANNELS as readonly string[]).includes(row.channel) ? (row.channel as Channel) : channelOf(file);
      const dataset = typeof row.dataset === 'string' && row.dataset ? row.dataset : file;
      rows.push({ id, text: row.text as string, label: row.label as Label, file, dataset, channel, part: partOf(id) });
    }
  }
  return rows;
}
