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

/**
 * How much each noisy dimension weighs in the noise score, as a share of what it can lose
 * (score.ts). Hype and urgency (P5) alone reach "high" at 92% of their share. Self-praise (P2)
 * alone stops at "medium" (at most 40), and one brag word alone stays "low": self-praise with
 * no shouting reads as broadcast, which the score already says, more than as noise.
 */
const NOISE_WEIGHT = { noise: 0.65, 'self-promotion': 0.4 } as const;
const SHARE = { noise: 15, 'self-promotion': 20 } as const;

/** Noise score: the points lost in the two noisy dimensions, weighted, 0–100. */
export function noiseReport(findings: Finding[], rulesById: ReadonlyMap<string, Rule>): NoiseReport {
  const lost = { noise: 0, 'self-promotion': 0 };
  const counts = new Map<string, number>();
  const firstMessage = new Map<string, string>();
  for (const f of findings) {
    if (f.category !== 'noise' && f.category !== 'self-promotion') continue;
    lost[f.category] += f.points;
    counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    if (!firstMessage.has(f.rule)) firstMessage.set(f.rule, f.message);
  }
  const weighted =
    NOISE_WEIGHT.noise * (lost.noise / SHARE.noise) + NOISE_WEIGHT['self-promotion'] * (lost['self-promotion'] / SHARE['self-promotion']);
  const score = Math.min(100, Math.round(weighted * 100));
  const reasons: string[] = [];
  for (const [ruleId, count] of counts) {
    const reason = rulesById.get(ruleId)?.noiseReason;
    // {message}: a rule whose one finding already reads as the reason ("Your 3rd LinkedIn post today.").
    if (reason) reasons.push(formatMessage(reason, { count, message: firstMessage.get(ruleId) ?? '' }));
  }
  return { level: levelFor(score), score, reasons };
}
