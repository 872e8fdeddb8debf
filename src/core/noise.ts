/**
 * The noise warning (P2 + P5): how loudly the draft pushes, from the evidence of the findings
 * that push (self-praise, offers, urgency, shouting, bait, footers), plus how often and how
 * repetitively the user has been sending (cadence and canned-copy, from the noise memory).
 * How the draft talks to its reader (one-to-many, we-vs-you) is not noise, and costs nothing here.
 */
import { BASELINE_RULE, type FittedModel, MODEL, type ModelGroup } from './model.ts';
import type { Rule } from './rule.ts';
import { formatMessage } from './rule.ts';
import type { Finding, NoiseLevel, NoiseReport } from './types.ts';

export const NOISE_MEDIUM = 30;
export const NOISE_HIGH = 60;

export function levelFor(score: number): NoiseLevel {
  if (score >= NOISE_HIGH) return 'high';
  if (score >= NOISE_MEDIUM) return 'medium';
  return 'low';
}

/**
 * Findings that count as pushing: the rules that say why they are noise (`noiseReason`):
 * self-promotion and noise (P2 + P5, as the principles define the warning), plus ad copy and
 * hype. How the draft talks to its reader, its clarity, its links (often the help a reply was
 * asked for) and coaching advice (a missing question) are the score's business, not noise.
 */
export const countsAsNoise = (rule: Pick<Rule, 'noiseReason'>): boolean => rule.noiseReason !== undefined;

/**
 * Pushing in several ways at once is louder than the sum of its parts: hype, urgency, capitals
 * and emoji together are a campaign, one price in a reply is not. Each further kind of pushing
 * adds half again. Pushing at everyone counts as one more kind: when nothing in the draft is
 * written to one person (P1), a price in it is an ad sent to a list, not a figure a customer
 * asked for.
 */
export const LOUDER_PER_KIND = 0.5;
export const loudness = (evidence: number, kinds: number, atEveryone: boolean): number =>
  evidence * (1 + LOUDER_PER_KIND * Math.max(0, kinds + (atEveryone ? 1 : 0) - 1));

/**
 * Nothing in the draft is written to one person: no sign of dialogue pays off any of the
 * one-to-many baseline (`credit`, model.ts strengthCredit), and the baseline applies (it does not
 * to a reply to a message, nor when the user turned the rule off). One thanks or a name is
 * enough to make it a reply that mentions a price, not an ad.
 */
export const isAtEveryone = (findings: readonly Finding[], evidence: readonly number[], credit: number): boolean =>
  credit === 0 && findings.some((f, i) => f.rule === BASELINE_RULE && evidence[i]! > 0);

export const AT_EVERYONE_REASON = 'Sent to everyone: nothing in it is written to one person, so the push reads louder.';

/**
 * Noise score 0–100: pushing evidence E (loudness) maps to 100·E/(E + half point), calibrated by
 * the fit. `credit`: how much of the one-to-many baseline the draft's strengths pay off.
 */
export function noiseReport(findings: readonly Finding[], evidence: readonly number[], rulesById: ReadonlyMap<string, Rule>, group: ModelGroup, credit: number, model: FittedModel = MODEL): NoiseReport {
  let pushing = 0;
  const counts = new Map<string, number>();
  const firstMessage = new Map<string, string>();
  findings.forEach((f, i) => {
    const rule = rulesById.get(f.rule);
    if (!rule || !countsAsNoise(rule) || evidence[i]! <= 0) return;
    pushing += evidence[i]!;
    counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    if (!firstMessage.has(f.rule)) firstMessage.set(f.rule, f.message);
  });
  const atEveryone = pushing > 0 && isAtEveryone(findings, evidence, credit);
  const loud = loudness(pushing, counts.size, atEveryone);
  const score = Math.min(100, Math.round((100 * loud) / (loud + model.groups[group].noiseHalfPoint)));
  const reasons: string[] = [];
  for (const [ruleId, count] of counts) {
    const reason = rulesById.get(ruleId)!.noiseReason!;
    // {message}: a rule whose one finding already reads as the reason ("Your 3rd LinkedIn post today.").
    reasons.push(formatMessage(reason, { count, message: firstMessage.get(ruleId) ?? '' }));
  }
  if (atEveryone) reasons.push(AT_EVERYONE_REASON);
  return { level: levelFor(score), score, reasons };
}
