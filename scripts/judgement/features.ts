/**
 * What the fit sees of a text: each rule's evidence under a unit model (every finding of every
 * rule worth 1, repeats discounted), how many findings each rule made, and each strength's
 * discounted count. The score, the noise level and the warnings are functions of exactly these
 * numbers (judged.ts mirrors analyze() on them), so features are computed once per text and
 * every fit, leave-one-dataset-out or shipped, reuses them.
 */
import { analyzeWith } from '../../src/core/analyze.ts';
import { BASELINE_RULE, type FittedModel, groupOf, MODEL, type ModelGroup, repeatSum, unitModel } from '../../src/core/model.ts';
import { RULES, SEND_HISTORY_RULES } from '../../src/core/rules/index.ts';
import { STRENGTHS } from '../../src/core/strengths/index.ts';
import type { LabelledText } from './data.ts';

/** Rules whose findings need facts the texts do not carry (send history, the user's own lists): hand-weighted. */
export const CONTEXT_RULES: ReadonlySet<string> = new Set([...SEND_HISTORY_RULES, 'custom-phrases']);

/** Every rule but the baseline (model.ts BASELINE_RULE: the fit models it as a hinge over strengths, not as a count) and the context rules. */
export const FITTED_RULES: readonly string[] = RULES.map((r) => r.id).filter((id) => id !== BASELINE_RULE && !CONTEXT_RULES.has(id));
export const STRENGTH_IDS: readonly string[] = STRENGTHS.map((s) => s.id);

/** The repetition discount the fit uses, and writes into the model (PARLEY_FIT_DECAY to try another). */
export const REPEAT_DECAY = Number(process.env.PARLEY_FIT_DECAY ?? 0.7);

const UNIT_MODEL: FittedModel = unitModel(RULES.map((r) => r.id), { ...MODEL, repeatDecay: REPEAT_DECAY });

export interface Features {
  row: LabelledText;
  group: ModelGroup;
  /** Parallel to FITTED_RULES: the rule's evidence at weight 1 (scales and repeat discounts applied). */
  rules: number[];
  /** Parallel to FITTED_RULES: how many findings of the rule carry evidence (each is a warning when the rule's weight is not 0). */
  counts: number[];
  /** The part of rules/counts that a short personal reply silences outside coaching rules: channel-length's soft targets (its hard limit always speaks). */
  softLength: { evidence: number; count: number };
  /** Parallel to STRENGTH_IDS: 1 + d + d² + … for the count found. */
  strengths: number[];
  /** Parallel to STRENGTH_IDS: how many signs of each strength (0 when absent). */
  strengthCounts: number[];
  /** Words in the text, as the Draft counts them (the baseline's length share). */
  words: number;
  /** False when the text was not analysed (not English, too short): it gets no score. */
  scored: boolean;
}

const ruleIndex = new Map(FITTED_RULES.map((id, j) => [id, j]));

/** A text's features, with the text changed first by `transform` (e.g. links removed). */
export function featuresOf(row: LabelledText): Features {
  const { report, evidence } = analyzeWith(row.text, { channel: row.channel }, { model: UNIT_MODEL, gateCoaching: false });
  const rules = FITTED_RULES.map(() => 0);
  const counts = FITTED_RULES.map(() => 0);
  const softLength = { evidence: 0, count: 0 };
  report.findings.forEach((f, i) => {
    const j = ruleIndex.get(f.rule);
    if (j === undefined || !(evidence[i]! > 0)) return;
    rules[j]! += evidence[i]!;
    counts[j]!++;
    if (f.rule === 'channel-length' && f.messageId !== 'overLimit') {
      softLength.evidence += evidence[i]!;
      softLength.count++;
    }
  });
  const strengthCounts = STRENGTH_IDS.map((id) => report.strengths.find((s) => s.id === id)?.count ?? 0);
  const strengths = strengthCounts.map((count) => repeatSum(count, UNIT_MODEL));
  return { row, group: groupOf(row.channel), words: report.stats.words, rules, counts, softLength, strengths, strengthCounts, scored: report.status === 'ok' };
}
