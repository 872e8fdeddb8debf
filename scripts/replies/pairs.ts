/**
 * Real replies with the message each answers (../shared/data/reply-pairs.jsonl, described in
 * its SOURCES.md), each also given a parent from another thread exactly as
 * ../shared/tools/replies.mjs shuffles them: within a dataset, in id order, row k takes the
 * parent of row k + floor(n/2) (the next row on if that parent is the same text).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../judgement/data.ts';

export const PAIRS_FILE = join(DATA_DIR, 'reply-pairs.jsonl');
export const hasPairs = (): boolean => existsSync(PAIRS_FILE);

export interface Pair {
  id: string;
  reply: string;
  parent: string;
  parentHasQuestion: boolean;
  dataset: string;
  /** The pair whose parent this reply is checked against as a wrong answer. */
  partner: { id: string; parent: string; parentHasQuestion: boolean };
}

export function loadPairs(file = PAIRS_FILE): Pair[] {
  const rows: Omit<Pair, 'partner'>[] = [];
  const seen = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    if (typeof r.id !== 'string' || typeof r.reply !== 'string' || typeof r.parent !== 'string' || !r.reply.trim() || !r.parent.trim() || seen.has(r.id)) continue;
    seen.add(r.id);
    rows.push({ id: r.id, reply: r.reply, parent: r.parent, parentHasQuestion: r.parent_has_question === true, dataset: typeof r.dataset === 'string' ? r.dataset : '-' });
  }
  const byDataset = new Map<string, typeof rows>();
  for (const r of rows) byDataset.set(r.dataset, [...(byDataset.get(r.dataset) ?? []), r]);
  const pairs: Pair[] = [];
  for (const list of byDataset.values()) {
    list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const n = list.length;
    list.forEach((r, k) => {
      for (let step = 0; step < n - 1; step++) {
        const o = list[(k + Math.floor(n / 2) + step) % n]!;
        if (o !== r && o.parent !== r.parent) {
          pairs.push({ ...r, partner: { id: o.id, parent: o.parent, parentHasQuestion: o.parentHasQuestion } });
          break;
        }
      }
    });
  }
  return pairs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** FNV-1a, 32 bits: the folds by id, stable across platforms. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const sha256Short = (file = PAIRS_FILE): string => {
  const hex = createHash('sha256').update(readFileSync(file)).digest('hex');
  return `${hex.slice(0, 8)}…${hex.slice(-4)}`;
};

/** The Mann–Whitney AUC the judgement eval uses (ties half), as replies.mjs computes it. */
export { auc } from '../judgement/metrics.ts';
