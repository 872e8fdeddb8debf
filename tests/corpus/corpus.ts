/**
 * The labelled corpus (drafts.jsonl): loading, running analyze() over it, and the numbers
 * that say how well the score separates dialogue from broadcast. Shared by the corpus test
 * and the tuning report, so both measure exactly the same thing.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/index.ts';
import { CHANNELS, type Channel, type Report } from '../../src/core/types.ts';

export type Label = 'broadcast' | 'dialogue';
export type Split = 'tune' | 'holdout';

export interface CorpusDraft {
  id: string;
  channel: Channel;
  subject?: string;
  label: Label;
  split: Split;
  /** Hard-case markers ("hype", "sales-hook", "we-dialogue"…); see docs/testing.md. */
  tags: string[];
  text: string;
}

export interface Scored {
  draft: CorpusDraft;
  report: Report;
}

const CORPUS_FILE = new URL('./drafts.jsonl', import.meta.url);
const isChannel = (v: unknown): v is Channel => CHANNELS.some((c) => c === v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parse one line; a malformed line is a corpus bug, so it throws with the line number. */
function parseLine(line: string, lineNo: number): CorpusDraft {
  const fail = (why: string): never => {
    throw new Error(`drafts.jsonl line ${lineNo}: ${why}`);
  };
  const o: unknown = JSON.parse(line);
  if (!isRecord(o)) return fail('not an object');
  const { id, channel, subject, label, split, tags, text } = o;
  if (typeof id !== 'string' || id === '') return fail('missing id');
  if (!isChannel(channel)) return fail(`unknown channel ${String(channel)}`);
  if (label !== 'broadcast' && label !== 'dialogue') return fail('label must be broadcast or dialogue');
  if (split !== 'tune' && split !== 'holdout') return fail('split must be tune or holdout');
  if (typeof text !== 'string' || text.trim() === '') return fail('missing text');
  if (subject !== undefined && typeof subject !== 'string') return fail('subject must be a string');
  if (tags !== undefined && !isStringArray(tags)) return fail('tags must be a list of strings');
  return { id, channel, ...(subject !== undefined ? { subject } : {}), label, split, tags: tags ?? [], text };
}

export function loadCorpus(): CorpusDraft[] {
  return readFileSync(CORPUS_FILE, 'utf8')
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, lineNo]) => parseLine(line, lineNo));
}

export function scoreCorpus(drafts: readonly CorpusDraft[]): Scored[] {
  return drafts.map((draft) => ({ draft, report: analyze(draft.text, { channel: draft.channel, subject: draft.subject }) }));
}

/**
 * Area under the ROC curve: the chance that a random positive scores higher than a random
 * negative (ties count half). 1 = perfect separation, 0.5 = a coin toss. NaN without both.
 */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

const scoresOf = (scored: readonly Scored[], label: Label): number[] =>
  scored.flatMap((s) => (s.draft.label === label && s.report.score !== null ? [s.report.score] : []));

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

export interface SplitSummary {
  drafts: number;
  auc: number;
  meanDialogue: number;
  meanBroadcast: number;
}

/** Dialogue is the positive class: a good score ranks every dialogue draft above every broadcast. */
export function summarize(scored: readonly Scored[]): SplitSummary {
  const dialogue = scoresOf(scored, 'dialogue');
  const broadcast = scoresOf(scored, 'broadcast');
  return { drafts: scored.length, auc: auc(dialogue, broadcast), meanDialogue: mean(dialogue), meanBroadcast: mean(broadcast) };
}

/**
 * How badly one draft is ranked: the share of opposite-label drafts that score at least as
 * well as it should not (ties half). 0 = perfectly placed, 1 = below/above every opposite draft.
 */
export function misrank(item: Scored, all: readonly Scored[]): number {
  const score = item.report.score ?? 0;
  const others = scoresOf(all, item.draft.label === 'dialogue' ? 'broadcast' : 'dialogue');
  if (others.length === 0) return 0;
  const bad = item.draft.label === 'dialogue'
    ? others.reduce((n, o) => n + (o > score ? 1 : o === score ? 0.5 : 0), 0)
    : others.reduce((n, o) => n + (o < score ? 1 : o === score ? 0.5 : 0), 0);
  return bad / others.length;
}

export const fmt = (n: number, digits = 3): string => (Number.isNaN(n) ? 'n/a' : n.toFixed(digits));
