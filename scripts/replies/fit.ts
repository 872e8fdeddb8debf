/**
 * Fits the reply check's few thresholds (src/core/reply/fitted-reply.ts) on real email replies
 * with the message each answers (../shared/data/reply-pairs.jsonl, SOURCES.md). Each reply is
 * paired with its true parent and with a parent from another thread, shuffled exactly as
 * ../shared/tools/replies.mjs does. The thresholds maximise the AUC of "answered" (answers-them
 * minus unanswered-question) of true over shuffled pairs, under the two limits on
 * unanswered-question, with a margin. Five folds by id hash report held-out figures; the numbers
 * written are fitted on every pair. Deterministic: same data, same file.
 *   npx tsx scripts/replies/fit.ts [--check]   (--check: report only, write nothing)
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answersThem, leftOpen, measureExchange } from '../../src/core/reply/exchange.ts';
import type { ReplyThresholds } from '../../src/core/reply/thresholds.ts';
import { theirMessage } from '../../src/core/reply/their-message.ts';
import { buildDraft } from '../../src/core/nlp/draft.ts';
import { fnv1a, loadPairs, PAIRS_FILE, type Pair, sha256Short } from './pairs.ts';

/** Limits the fit must keep on its own data, stricter than the (15% and 50%) to leave room for new data. */
const MAX_UNANSWERED_TRUE = 0.13;
const MIN_UNANSWERED_SHUFFLED = 0.55;
const FOLDS = 5;

const range = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let v = from; v <= to + 1e-9; v += step) out.push(Math.round(v * 100) / 100);
  return out;
};
const GRID = {
  rareWeight: [1, 1.5, 2, 3],
  answeredAt: range(1, 8, 0.5),
  answeredWithQuestionAt: [0, 1, 2, 3],
  engagedAt: range(1, 12, 0.5),
  questionAt: [0.5, 1, 1.5, 2, 3],
};

/** One reply against one parent, reduced to what the thresholds read: overlap, and the best-taken-up question's overlap is not enough (any open question counts). */
interface Measured {
  overlap: number;
  /** The least overlap with any of their questions (Infinity when they ask nothing). */
  leastQuestion: number;
  asks: boolean;
}
interface Scored {
  pair: Pair;
  truth: ReadonlyMap<number, Measured>;
  shuffled: ReadonlyMap<number, Measured>;
}

/** Measured once per rare-word weight; each candidate only applies its thresholds. */
function measured(reply: string, parent: string): Map<number, Measured> {
  const draft = buildDraft(reply);
  const their = theirMessage(parent);
  return new Map(
    GRID.rareWeight.map((w) => {
      const m = measureExchange(draft, their, w);
      return [w, { overlap: m.overlap, leastQuestion: Math.min(Infinity, ...m.perQuestion), asks: m.perQuestion.length > 0 }];
    }),
  );
}

/** answered minus unanswered, as replies.mjs scores a report: 1, 0 or -1. */
function valueOf(m: Measured, t: ReplyThresholds): { value: number; unanswered: boolean; answered: boolean } {
  const unanswered = m.asks && leftOpen(m.overlap, m.leastQuestion, t);
  const answered = answersThem(m.overlap, m.asks && !unanswered, t);
  return { value: (answered ? 1 : 0) - (unanswered ? 1 : 0), unanswered, answered };
}

interface Figures {
  auc: number;
  unansweredTrue: number;
  unansweredShuffled: number;
  answeredTrue: number;
  answeredShuffled: number;
}

function measure(list: readonly Scored[], t: ReplyThresholds): Figures {
  // Values are -1, 0 or 1: the AUC comes from counts, no sort per candidate.
  const pos = [0, 0, 0];
  const neg = [0, 0, 0];
  let qt = 0, ut = 0, qs = 0, us = 0, at = 0, as = 0;
  for (const s of list) {
    const a = valueOf(s.truth.get(t.rareWeight)!, t);
    const b = valueOf(s.shuffled.get(t.rareWeight)!, t);
    pos[a.value + 1]!++;
    neg[b.value + 1]!++;
    if (a.answered) at++;
    if (b.answered) as++;
    if (s.pair.parentHasQuestion) { qt++; if (a.unanswered) ut++; }
    if (s.pair.partner.parentHasQuestion) { qs++; if (b.unanswered) us++; }
  }
  return { auc: countAuc(pos, neg), unansweredTrue: ut / Math.max(1, qt), unansweredShuffled: us / Math.max(1, qs), answeredTrue: at / list.length, answeredShuffled: as / list.length };
}

/** AUC of three-level scores from their counts (ties count half), equal to auc() on the lists. */
function countAuc(pos: readonly number[], neg: readonly number[]): number {
  const n = neg.reduce((a, b) => a + b, 0);
  const p = pos.reduce((a, b) => a + b, 0);
  let wins = 0;
  let below = 0;
  for (let v = 0; v < 3; v++) {
    wins += pos[v]! * (below + neg[v]! / 2);
    below += neg[v]!;
  }
  return wins / (p * n);
}

function* candidates(): Generator<ReplyThresholds> {
  for (const rareWeight of GRID.rareWeight)
    for (const answeredAt of GRID.answeredAt)
      for (const answeredWithQuestionAt of GRID.answeredWithQuestionAt.filter((v) => v <= answeredAt))
        for (const engagedAt of GRID.engagedAt)
          for (const questionAt of GRID.questionAt) yield { fittedOn: '', rareWeight, answeredAt, answeredWithQuestionAt, engagedAt, questionAt };
}

function fit(list: readonly Scored[]): { thresholds: ReplyThresholds; figures: Figures } {
  let best: { thresholds: ReplyThresholds; figures: Figures } | null = null;
  for (const t of candidates()) {
    const f = measure(list, t);
    if (f.unansweredTrue > MAX_UNANSWERED_TRUE || f.unansweredShuffled < MIN_UNANSWERED_SHUFFLED) continue;
    if (!best || f.auc > best.figures.auc + 1e-12) best = { thresholds: t, figures: f };
  }
  if (!best) {
    if (process.env.REPLY_FIT_DIAG) {
      const seen = new Set<string>();
      for (const t of candidates()) {
        const f = measure(list, t);
        const key = `${t.rareWeight} ${t.engagedAt} ${t.questionAt}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (f.unansweredTrue < 0.2) console.log(key, pct(f.unansweredTrue), pct(f.unansweredShuffled));
      }
    }
    throw new Error('no thresholds keep both limits on unanswered-question');
  }
  return best;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const line = (f: Figures): string =>
  `AUC ${f.auc.toFixed(3)}; unanswered-question on question parents: true ${pct(f.unansweredTrue)}, shuffled ${pct(f.unansweredShuffled)}; answered: true ${pct(f.answeredTrue)}, shuffled ${pct(f.answeredShuffled)}`;

const pairs = loadPairs();
const scored: Scored[] = pairs.map((pair) => ({ pair, truth: measured(pair.reply, pair.parent), shuffled: measured(pair.reply, pair.partner.parent) }));
console.log(`${scored.length} pairs from ${PAIRS_FILE}`);

const held: Figures[] = [];
for (let k = 0; k < FOLDS; k++) {
  const inFold = (s: Scored): boolean => fnv1a(s.pair.id) % FOLDS === k;
  const { thresholds } = fit(scored.filter((s) => !inFold(s)));
  const f = measure(scored.filter(inFold), thresholds);
  held.push(f);
  console.log(`fold ${k + 1} held out: ${line(f)}`);
}
const mean = (key: keyof Figures): number => held.reduce((sum, f) => sum + f[key], 0) / held.length;
console.log(`held-out mean: AUC ${mean('auc').toFixed(3)}; unanswered true ${pct(mean('unansweredTrue'))}, shuffled ${pct(mean('unansweredShuffled'))}`);

const { thresholds, figures } = fit(scored);
console.log(`fitted on all: ${JSON.stringify({ ...thresholds, fittedOn: undefined })}`);
console.log(`on all pairs: ${line(figures)}`);

if (!process.argv.includes('--check')) {
  const fittedOn = `${scored.length} reply pairs of reply-pairs.jsonl (sha256 ${sha256Short()}), true vs shuffled parents as replies.mjs pairs them; held-out AUC ${mean('auc').toFixed(3)} over ${FOLDS} folds (scripts/replies/fit.ts)`;
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'core', 'reply', 'fitted-reply.ts');
  writeFileSync(out, render({ ...thresholds, fittedOn }));
  console.log(`wrote ${out}`);
}

function render(t: ReplyThresholds): string {
  return `/**
 * The reply check's thresholds (reply/thresholds.ts), fitted by scripts/replies/fit.ts on real
 * replies and the messages they answer. Do not edit by hand: run \`npx tsx scripts/replies/fit.ts\`.
 */
import type { ReplyThresholds } from './thresholds.ts';

export const FITTED_REPLY: ReplyThresholds = ${JSON.stringify(t, null, 2).replace(/"(\w+)":/g, '$1:').replace(/"/g, "'").replace(/\n}$/, ',\n}')};
`;
}
