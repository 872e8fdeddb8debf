/**
 * What analyze() would report for a text under a given model, computed from the text's
 * features alone (features.ts): its evidence, score, noise level and number of warnings. This
 * lets every leave-one-dataset-out fit be measured without analysing a text again;
 * tests/unit/judgement.test.ts checks that it agrees with analyze() under the shipped model.
 */
import { BASELINE_RULE, baselineShare, type FittedModel, ruleEvidence, scoreFor, strengthCredit } from '../../src/core/model.ts';
import { NOISE_MEDIUM, countsAsNoise, loudness } from '../../src/core/noise.ts';
import type { Rule } from '../../src/core/rule.ts';
import { RULES } from '../../src/core/rules/index.ts';
import type { StrengthFound } from '../../src/core/types.ts';
import { type Features, FITTED_RULES, STRENGTH_IDS } from './features.ts';

export interface Evidence {
  /** Log-odds of broadcast above the group's floor: the sum of every finding's evidence. */
  total: number;
  /** The part of it that counts as noise, made louder by each further kind (noise.ts loudness). */
  pushing: number;
  /** The one-to-many baseline's part. */
  baseline: number;
  warnings: number;
}

export interface Verdict {
  score: number;
  noisy: boolean;
  warnings: number;
}

const rulesById = new Map(RULES.map((r) => [r.id, r]));
const fittedRules: readonly Rule[] = FITTED_RULES.map((id) => rulesById.get(id)!);
const baselineRule = rulesById.get(BASELINE_RULE)!;
/** As analyze.ts: under this many words, a draft whose strengths pay off the baseline gets no coaching advice. */
const SHORT_REPLY_WORDS = 120;

export function evidenceOf(x: Features, model: FittedModel): Evidence {
  const found: StrengthFound[] = [];
  STRENGTH_IDS.forEach((id, k) => {
    if (x.strengthCounts[k]! > 0) found.push({ id, label: '', count: x.strengthCounts[k]!, start: 0, end: 0 });
  });
  const credit = strengthCredit(found, x.group, model);
  const personalReply = x.words < SHORT_REPLY_WORDS && credit >= 1;
  let total = 0, pushing = 0, warnings = 0, kinds = 0;
  fittedRules.forEach((rule, j) => {
    if (!x.counts[j] || (rule.coaching && personalReply)) return;
    const weight = ruleEvidence(rule, x.group, model);
    // channel-length's soft targets are silent on a short personal reply, its hard limit is not.
    const silenced = personalReply && rule.id === 'channel-length' ? x.softLength : { evidence: 0, count: 0 };
    if (x.counts[j]! - silenced.count === 0) return;
    const evidence = weight * (x.rules[j]! - silenced.evidence);
    total += evidence;
    if (countsAsNoise(rule) && evidence > 0) {
      pushing += evidence;
      kinds++;
    }
    if (weight > 0 && rule.severity !== 'hint') warnings += x.counts[j]! - silenced.count;
  });
  let baseline = 0;
  if (credit < 1) {
    const weight = ruleEvidence(baselineRule, x.group, model);
    baseline = weight * (1 - credit) * baselineShare(x.words, x.group, model);
    total += baseline;
    if (weight > 0 && baselineRule.severity !== 'hint') warnings++;
  }
  return { total, pushing: loudness(pushing, kinds, baseline > 0 && credit === 0), baseline, warnings };
}

export function judged(x: Features, model: FittedModel): Verdict {
  const { total, pushing, warnings } = evidenceOf(x, model);
  const score = total > 0 ? Math.round(Math.max(0, Math.min(100, scoreFor(total, x.group, model)))) : 100;
  const noise = Math.min(100, Math.round((100 * pushing) / (pushing + model.groups[x.group].noiseHalfPoint)));
  return { score, noisy: noise >= NOISE_MEDIUM, warnings };
}
