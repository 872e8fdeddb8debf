/**
 * The noise warning (P2 + P5): self-promotion and noise findings, plus how often and how
 * repetitively the user has been sending (filled by the noise memory when it knows).
 */
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

/** Noise score: the points lost in the two noisy dimensions, as a share of what they can lose. */
export function noiseReport(findings: Finding[], rulesById: ReadonlyMap<string, Rule>): NoiseReport {
  let points = 0;
  const counts = new Map<string, number>();
  const firstMessage = new Map<string, string>();
  for (const f of findings) {
    if (f.category !== 'noise' && f.category !== 'self-promotion') continue;
    points += f.points;
    counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    if (!firstMessage.has(f.rule)) firstMessage.set(f.rule, f.message);
  }
  // Both dimensions together can lose 35 points (score.ts); 35 lost is pure noise.
  const score = Math.min(100, Math.round((points / 35) * 100));
  const reasons: string[] = [];
  for (const [ruleId, count] of counts) {
    const reason = rulesById.get(ruleId)?.noiseReason;
    // {message}: a rule whose one finding already reads as the reason ("Your 3rd LinkedIn post today.").
    if (reason) reasons.push(formatMessage(reason, { count, message: firstMessage.get(ruleId) ?? '' }));
  }
  return { level: levelFor(score), score, reasons };
}
