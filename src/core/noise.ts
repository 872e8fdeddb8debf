/**
 * The noise warning (P2 + P5): how loudly the draft pushes, from the evidence of the findings
 * that push (self-praise, offers, urgency, shouting, bait, footers), plus how often and how
 * repetitively the user has been sending (cadence and canned-copy, from the noise memory).
 * How the draft talks to its reader (one-to-many, we-vs-you) is not noise, and costs nothing here.
 */
import { type FittedModel, MODEL, type ModelGroup } from './model.ts';
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
 * adds half again.
 */
export const LOUDER_PER_KIND = 0.5;
export const loudness = (evidence: number, kinds: number): number => evidence * (1 + LOUDER_PER_KIND * Math.max(0, kinds - 1));

/** Noise score 0–100: pushing evidence E (loudness) maps to 100·E/(E + half point), calibrated by the fit. */
export function noiseReport(findings: readonly Finding[], evidence: readonly number[], rulesById: ReadonlyMap<string, Rule>, group: ModelGroup, model: FittedModel = MODEL): NoiseReport {
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
  const loud = loudness(pushing, counts.size);
  const score = Math.min(100, Math.round((100 * loud) / (loud + model.groups[group].noiseHalfPoint)));
  const reasons: string[] = [];
  for (const [ruleId, count] of counts) {
    const reason = rulesById.get(ruleId)!.noiseReason!;
    // {message}: a rule whose one finding already reads as the reason ("Your 3rd LinkedIn post today.").
    reasons.push(formatMessage(reason, { count, message: firstMessage.get(ruleId) ?? '' }));
  }
  return { level: levelFor(score), score, reasons };
}
