/**
 * answers-them, counted from the exchange: with the message a draft answers, whether the draft
 * takes up their words or answers their questions decides the strength, not the text-only
 * signs ("as you mentioned") the judgement model reads when there is no such message.
 */
import type { Draft } from '../nlp/draft.ts';
import answersThem from '../strengths/answers-them.ts';
import { STRENGTHS } from '../strengths/index.ts';
import type { StrengthFound } from '../types.ts';
import type { Exchange } from './exchange.ts';
import { sentenceStems } from './words.ts';

const ORDER = new Map(STRENGTHS.map((s, i) => [s.id, i]));

export function withExchange(found: readonly StrengthFound[], draft: Draft, exchange: Exchange): StrengthFound[] {
  const others = found.filter((s) => s.id !== answersThem.id);
  if (!exchange.answered) return others;
  // Each sentence that takes up their words is one sign; the first one is shown.
  const taking = draft.sentences.filter((s) => [...sentenceStems(s).keys()].some((stem) => exchange.their.stems.has(stem)));
  const first = taking[0] ?? draft.sentences[0];
  if (!first) return others;
  const strength: StrengthFound = { id: answersThem.id, label: answersThem.label, count: Math.max(1, taking.length), start: first.start, end: first.end };
  return [...others, strength].sort((a, b) => (ORDER.get(a.id) ?? 0) - (ORDER.get(b.id) ?? 0));
}
