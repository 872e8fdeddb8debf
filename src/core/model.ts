/**
 * The fitted model behind the score (issue 10): how much evidence of broadcast each finding
 * carries, and how much each strength pays down the "one-to-many" baseline. The numbers are
 * data, written by `npm run fit` (scripts/judgement/fit.ts) into fitted-model.ts from real
 * labelled texts; this file only reads them.
 */
import { FITTED_MODEL } from './fitted-model.ts';
import type { Rule } from './rule.ts';
import type { Channel, Severity, StrengthFound } from './types.ts';

/**
 * Channels judged alike, each group fitted and calibrated on its own sources: email; short
 * messages and comments between people (text boxes, LinkedIn messages); and public posts (X,
 * LinkedIn and Facebook posts), where a reply to a person and an original post to a feed read
 * differently.
 */
export type ModelGroup = 'email' | 'short' | 'post';
export const MODEL_GROUPS: readonly ModelGroup[] = ['email', 'short', 'post'];
const POST_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['x', 'linkedin-post', 'facebook']);
/** The rule every draft starts with: nothing in it is written to one person (rules/one-to-many.ts); strengths pay it off. */
export const BASELINE_RULE = 'one-to-many';

export const groupOf = (channel: Channel): ModelGroup => (channel === 'email' ? 'email' : POST_CHANNELS.has(channel) ? 'post' : 'short');

export interface GroupWeights {
  /** Log-odds of broadcast for a draft with no evidence at all: the score's 100. */
  floor: number;
  /** Evidence (log-odds) of one finding of each rule at its default severity. */
  rules: Readonly<Record<string, number>>;
  /** Share of the one-to-many baseline that one sign of each strength pays off. */
  strengths: Readonly<Record<string, number>>;
  /**
   * Words from which the one-to-many baseline applies in full: in a shorter draft, finding no
   * sign of dialogue is weaker evidence (there was less room for one), so it costs in proportion.
   */
  baselineFullAtWords: number;
  /** Pushing evidence at which the noise score reaches 50 (0–100 scale), calibrated per group. */
  noiseHalfPoint: number;
  /**
   * For rules the data cannot speak to (send history, the user's own lists, the message a reply
   * answers): evidence per unit of hand weight, the group's typical fitted-to-hand ratio, so a
   * hand-weighted rule costs on the same scale as the group's fitted ones.
   */
  handEvidencePerWeight: number;
}

export interface FittedModel {
  /** Where the numbers come from, for docs/score.md and the eval. */
  fittedOn: string;
  /** The k-th finding of one rule counts repeatDecay^(k-1): repetition adds less and less. */
  repeatDecay: number;
  groups: Readonly<Record<ModelGroup, GroupWeights>>;
}

export const MODEL: FittedModel = FITTED_MODEL;

/** Severity the user chose, relative to the rule's default (the model was fitted at defaults). */
const SEVERITY_FACTOR: Record<Severity, number> = { hint: 0.5, warning: 1, error: 1.5 };
export const severityRatio = (severity: Severity, rule: Rule): number => SEVERITY_FACTOR[severity] / SEVERITY_FACTOR[rule.severity];

/** Evidence of one finding of `rule` at its default severity, fitted where the data speaks to it. */
export function ruleEvidence(rule: Rule, group: ModelGroup, model: FittedModel = MODEL): number {
  const fitted = model.groups[group].rules[rule.id];
  return fitted ?? rule.weight * model.groups[group].handEvidencePerWeight;
}

/** decay^k for k = 0, 1, …, per decay: every finding asks on every keystroke, and a power costs more than a read. */
const powersOf = new Map<number, number[]>();

/** The repetition discount of a rule's k-th finding (k from 0), for one model: its table is looked up once, since analyze() asks for every finding. */
export function repeatFactors(model: FittedModel = MODEL): (k: number) => number {
  const decay = model.repeatDecay;
  let powers = powersOf.get(decay);
  if (!powers) powersOf.set(decay, (powers = []));
  const table = powers;
  return (k) => {
    // The same numbers as decay ** k, each worked out once.
    for (let i = table.length; i <= k; i++) table.push(decay ** i);
    return table[k]!;
  };
}

/** count signs of one thing: 1 + d + d² + …, so the fifth "thanks" adds little. */
export function repeatSum(count: number, model: FittedModel = MODEL): number {
  let sum = 0;
  const discount = repeatFactors(model);
  for (let k = 0; k < count; k++) sum += discount(k);
  return sum;
}

/** How much of the one-to-many baseline the strengths pay off (0 = none, 1 or more = all). */
export function strengthCredit(found: readonly StrengthFound[], group: ModelGroup, model: FittedModel = MODEL): number {
  let credit = 0;
  const weights = model.groups[group].strengths;
  for (const s of found) {
    const weight = weights[s.id] ?? 0;
    credit += weight * repeatSum(s.count, model);
  }
  return credit;
}

/** The share of the one-to-many baseline a draft of `words` words carries. */
export const baselineShare = (words: number, group: ModelGroup, model: FittedModel = MODEL): number =>
  lengthShare(words, model.groups[group].baselineFullAtWords);

/** min(1, words / fullAt): the fit tries candidate fullAt values with this same function. */
export const lengthShare = (words: number, fullAt: number): number => Math.min(1, words / Math.max(1, fullAt));

/** The score for total evidence E: 100 at no evidence, falling as the odds of broadcast rise. */
export function scoreFor(evidence: number, group: ModelGroup, model: FittedModel = MODEL): number {
  const floor = model.groups[group].floor;
  return scoreAtLogit(floor + evidence, floor);
}

/** The score for log-odds z: 100 × P(dialogue) ÷ P(dialogue with no evidence, at the floor). */
export function scoreAtLogit(z: number, floor: number): number {
  const sigmoidNeg = (x: number): number => 1 / (1 + Math.exp(x));
  return (100 * sigmoidNeg(z)) / sigmoidNeg(floor);
}

/** Every rule worth 1 evidence per finding: what is left is each rule's own scale and repeat discount (the fit's features, rule tests). */
export function unitModel(ruleIds: readonly string[], base: FittedModel = MODEL): FittedModel {
  const rules = Object.fromEntries(ruleIds.map((id) => [id, 1]));
  return { ...base, groups: Object.fromEntries(MODEL_GROUPS.map((g) => [g, { ...base.groups[g], rules }])) as FittedModel['groups'] };
}
