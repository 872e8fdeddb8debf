/**
 * The exchange: a reply read against the message it answers. How much of their topic the reply
 * takes up (shared content words, a rare one counting more), and which of their questions it
 * leaves open. The thresholds are fitted on real email replies (scripts/replies/fit.ts writes
 * fitted-reply.ts); what is not fitted is only which words count.
 */
import type { Draft } from '../nlp/draft.ts';
import { wordOf } from '../nlp/words.ts';
import { FITTED_REPLY } from './fitted-reply.ts';
import type { ReplyThresholds } from './thresholds.ts';
import type { TheirMessage, TheirQuestion } from './their-message.ts';
import { type StemMap, stemsOf } from './words.ts';
import { DraftMemo } from '../nlp/draft-memo.ts';

export interface Exchange {
  their: TheirMessage;
  /** Shared content words, weighted (a rare word counts `rareWeight`). */
  overlap: number;
  /** The reply takes up their topic or answers their questions: the answers-them strength. */
  answered: boolean;
  /** Their questions the reply leaves open, in their order. */
  unanswered: readonly TheirQuestion[];
}

/** What the thresholds are applied to: measured once per reply and message. */
export interface ExchangeMeasures {
  overlap: number;
  /** Per question of theirs: its overlap with the reply, or Infinity when the reply answers it in form (a yes/no, a promise to find out). */
  perQuestion: readonly number[];
}

/** Openers that answer a yes/no question, and promises of an answer ("I'll check"). */
const YES_NO = new Set(['yes', 'no', 'yeah', 'yep', 'nope', 'sure', 'absolutely', 'definitely', 'certainly', 'correct', 'right', 'ok', 'okay', 'agreed']);
const PROMISES = /\b(?:i'?ll|i will|let me|i am going to|i'm going to)\s+(?:check|find out|look into|ask|get back|confirm|follow up|see what)/i;

/** Shared stems, a rare one (in either message) counting rareWeight. */
export function overlapOf(mine: StemMap, theirs: StemMap, rareWeight: number): number {
  let sum = 0;
  for (const [stem, cls] of mine) {
    const other = theirs.get(stem);
    if (other === undefined) continue;
    sum += cls === 'rare' || other === 'rare' ? rareWeight : 1;
  }
  return sum;
}

export function measureExchange(draft: Draft, their: TheirMessage, rareWeight: number): ExchangeMeasures {
  const mine = stemsOf(draft.sentences);
  const opener = draft.words[0] ? wordOf(draft.words[0]) : '';
  const promises = PROMISES.test(draft.text);
  return {
    overlap: overlapOf(mine, their.stems, rareWeight),
    perQuestion: their.questions.map((q) => (promises || (q.yesNo && YES_NO.has(opener)) ? Infinity : overlapOf(q.stems, mine, rareWeight))),
  };
}

/** A question of theirs is left open when the reply neither engages their whole message nor shares enough with the question. */
export const leftOpen = (overlap: number, questionOverlap: number, t: ReplyThresholds): boolean => overlap < t.engagedAt && questionOverlap < t.questionAt;

/** The reply takes up their topic, or (with less overlap) leaves none of their questions open. */
export const answersThem = (overlap: number, allQuestionsTaken: boolean, t: ReplyThresholds): boolean =>
  overlap >= t.answeredAt || (allQuestionsTaken && overlap >= t.answeredWithQuestionAt);

/** The fitted decision: which questions are left open, and whether the reply answers them. */
export function decide(m: ExchangeMeasures, t: ReplyThresholds): { answered: boolean; open: number[] } {
  const open: number[] = [];
  m.perQuestion.forEach((v, i) => leftOpen(m.overlap, v, t) && open.push(i));
  return { answered: answersThem(m.overlap, m.perQuestion.length > 0 && open.length === 0, t), open };
}

const byDraft = new DraftMemo<{ their: TheirMessage; exchange: Exchange }>();

/** The reply against their message, with the fitted thresholds; kept per draft (one per keystroke). */
export function exchangeOf(draft: Draft, their: TheirMessage): Exchange {
  const kept = byDraft.get(draft);
  if (kept && kept.their === their) return kept.exchange;
  const measures = measureExchange(draft, their, FITTED_REPLY.rareWeight);
  const { answered, open } = decide(measures, FITTED_REPLY);
  const exchange: Exchange = { their, overlap: measures.overlap, answered, unanswered: open.map((i) => their.questions[i]!) };
  byDraft.set(draft, { their, exchange });
  return exchange;
}
