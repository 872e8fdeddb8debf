/**
 * The fit, as a pure function of texts' features (features.ts): `npm run fit` runs it on the
 * fitting part of every dataset and ships the result; the leave-one-dataset-out check
 * (validate.ts) runs it again without one dataset and measures on that dataset.
 *
 *   log-odds(broadcast) = floor[group] + Σ w[group, rule] · evidence(rule)
 *                         + baseline[group] · max(0, 1 − Σ v[group, strength] · count(strength)) · share(words)
 *
 * Every w, v and baseline is ≥ 0: a rule can only cost, a strength can only help, and a rule
 * the data does not support gets 0 and costs nothing. Weights are fitted on every group
 * together, then per group (email; short messages; public posts) pulled toward the pooled fit.
 * Each file weighs the same and, within a file, each dataset in proportion to the square root
 * of its size, so one large source cannot teach its quirks. Then, per group, the evidence scale
 * and the floor are set so the colour tells the truth on every dataset of the group, and the
 * noise scale so that replies stay quiet on every dataset.
 */
import { BASELINE_RULE, type FittedModel, type GroupWeights, lengthShare, MODEL_GROUPS, type ModelGroup, scoreAtLogit } from '../../src/core/model.ts';
import { countsAsNoise } from '../../src/core/noise.ts';
import { RULES } from '../../src/core/rules/index.ts';
import { evidenceOf } from './judged.ts';
import { type Features, FITTED_RULES, REPEAT_DECAY, STRENGTH_IDS } from './features.ts';
import { auc } from './metrics.ts';

interface Params {
  /** Words from which the baseline applies in full (chosen per group from FULL_AT_CHOICES). */
  fullAt: number;
  floor: number;
  w: Float64Array;
  v: Float64Array;
  baseline: number;
}

/** A text as the optimiser reads it: sparse rule evidence and strengths, its label and its weight. */
interface Row {
  x: Features;
  y: number;
  weight: number;
  ruleAt: Int32Array;
  ruleValue: Float64Array;
  strengthAt: Int32Array;
  strengthValue: Float64Array;
}

/** Candidates for a group's baselineFullAtWords; 1 means no length share at all. */
const FULL_AT_CHOICES = [1, 10, 20, 30, 45];
/** How strongly a group's weights are pulled toward the pooled fit (PARLEY_FIT_SHRINK to try another). */
const GROUP_SHRINK = Number(process.env.PARLEY_FIT_SHRINK ?? 2e-3);
/** Texts a rule must fire on, in a group's fitting data, before the data may set its weight. */
export const MIN_FIRING = 10;
const GREEN = 70, RED = 45;
/**
 * Most broadcast a dataset may show green at calibration. The targets are 10% (20% for posts:
 * an original post need not be red, but a reply to a person must read as dialogue); the margin
 * is for sources the fit never saw.
 */
const MAX_BROADCAST_GREEN: Record<ModelGroup, number> = { email: 0.06, short: 0.06, post: 0.14 };
/**
 * Where the data cannot speak, a floor. The brand data labels a post by whether it replies to
 * someone, so an original post that asks its readers something is broadcast by construction:
 * the data cannot say whether such a question opens a dialogue (P3). On posts, a question to
 * the reader keeps half the credit of a reply sign. The data's builders also stripped every
 * reply's leading @handle (it would give the label away), so the data cannot see a reply that
 * names its person: naming them keeps most of a reply's credit. The fit may raise these, not
 * lower them.
 */
const STRENGTH_FLOORS: Record<ModelGroup, Readonly<Record<string, number>>> = { email: {}, short: {}, post: { 'asks-them': 0.5, 'names-them': 0.7 } };
/**
 * How the bands treat broadcast that is not green. A post need not be red (an announcement
 * without hype is amber), only not green. On messages nothing is asked of red: a preference for
 * red spam chose steeper scales, which round more drafts to a score of 0, where their order is
 * lost in the ties (held out, SMS ranked 0.935 with it and 0.942 without), and showed twice as
 * many replies in red.
 */
const RED_BROADCAST_VALUE: Record<ModelGroup, number> = { email: 0, short: 0, post: -0.05 };
/** Share of each dataset's dialogue that must stay below medium noise (the target is 90%; the margin is for sources the fit never saw). */
const REPLIES_QUIET = Number(process.env.PARLEY_FIT_QUIET ?? 0.93);

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
export const datasetOf = (x: Features): string => `${x.row.file}/${x.row.dataset}`;

/** Each file weighs the same; within it, each dataset by the square root of its size. */
function balance(features: readonly Features[]): Map<Features, number> {
  const files = new Map<string, Map<string, number>>();
  for (const x of features) {
    const sets = files.get(x.row.file) ?? new Map<string, number>();
    sets.set(x.row.dataset, (sets.get(x.row.dataset) ?? 0) + 1);
    files.set(x.row.file, sets);
  }
  const weights = new Map<Features, number>();
  for (const x of features) {
    const sets = files.get(x.row.file)!;
    const roots = [...sets.values()].reduce((sum, n) => sum + Math.sqrt(n), 0);
    const n = sets.get(x.row.dataset)!;
    weights.set(x, Math.sqrt(n) / roots / n / files.size);
  }
  return weights;
}

function prepare(features: readonly Features[]): Row[] {
  const weights = balance(features);
  return features.map((x) => {
    const rules = x.rules.flatMap((value, j) => (value > 0 ? [[j, value] as const] : []));
    const strengths = x.strengths.flatMap((value, k) => (value > 0 ? [[k, value] as const] : []));
    return {
      x,
      y: x.row.label === 'broadcast' ? 1 : 0,
      weight: weights.get(x)!,
      ruleAt: Int32Array.from(rules.map(([j]) => j)),
      ruleValue: Float64Array.from(rules.map(([, v]) => v)),
      strengthAt: Int32Array.from(strengths.map(([k]) => k)),
      strengthValue: Float64Array.from(strengths.map(([, v]) => v)),
    };
  });
}

function logit(p: Params, r: Row): number {
  let z = p.floor;
  for (let j = 0; j < r.ruleAt.length; j++) z += p.w[r.ruleAt[j]!]! * r.ruleValue[j]!;
  let credit = 0;
  for (let k = 0; k < r.strengthAt.length; k++) credit += p.v[r.strengthAt[k]!]! * r.strengthValue[k]!;
  return credit < 1 ? z + p.baseline * (1 - credit) * lengthShare(r.x.words, p.fullAt) : z;
}

/**
 * Projected gradient descent with momentum on the weighted logistic loss, with L2 toward
 * `prior`, keeping w, v and the baseline non-negative.
 */
function fitParams(rows: readonly Row[], start: Params, prior: Params, l2: number, iterations = 1500, rate = 0.5, momentum = 0.8, vFloor: Float64Array = new Float64Array(start.v.length)): Params {
  const p: Params = { ...start, w: Float64Array.from(start.w), v: Float64Array.from(start.v) };
  const total = rows.reduce((sum, r) => sum + r.weight, 0);
  const gw = new Float64Array(p.w.length), gv = new Float64Array(p.v.length);
  const mw = new Float64Array(p.w.length), mv = new Float64Array(p.v.length);
  let mFloor = 0, mBase = 0;
  for (let it = 0; it < iterations; it++) {
    gw.fill(0);
    gv.fill(0);
    let gFloor = 0, gBase = 0;
    for (const r of rows) {
      let z = p.floor, credit = 0;
      for (let j = 0; j < r.ruleAt.length; j++) z += p.w[r.ruleAt[j]!]! * r.ruleValue[j]!;
      for (let k = 0; k < r.strengthAt.length; k++) credit += p.v[r.strengthAt[k]!]! * r.strengthValue[k]!;
      const share = lengthShare(r.x.words, p.fullAt);
      const open = credit < 1 ? (1 - credit) * share : 0;
      z += p.baseline * open;
      const err = (r.weight / total) * (sigmoid(z) - r.y);
      gFloor += err;
      for (let j = 0; j < r.ruleAt.length; j++) gw[r.ruleAt[j]!]! += err * r.ruleValue[j]!;
      if (open > 0) {
        gBase += err * open;
        for (let k = 0; k < r.strengthAt.length; k++) gv[r.strengthAt[k]!]! -= err * p.baseline * share * r.strengthValue[k]!;
      }
    }
    mFloor = momentum * mFloor + gFloor;
    p.floor -= rate * mFloor;
    for (let j = 0; j < p.w.length; j++) {
      mw[j] = momentum * mw[j]! + gw[j]! + l2 * (p.w[j]! - prior.w[j]!);
      p.w[j] = Math.max(0, p.w[j]! - rate * mw[j]!);
    }
    for (let k = 0; k < p.v.length; k++) {
      mv[k] = momentum * mv[k]! + gv[k]! + l2 * (p.v[k]! - prior.v[k]!);
      p.v[k] = Math.max(vFloor[k]!, p.v[k]! - rate * mv[k]!);
    }
    mBase = momentum * mBase + gBase + l2 * (p.baseline - prior.baseline);
    p.baseline = Math.max(0, p.baseline - rate * mBase);
  }
  return p;
}

const byDataset = <T extends { x: Features }>(rows: readonly T[]): Map<string, T[]> => {
  const sets = new Map<string, T[]>();
  for (const r of rows) sets.set(datasetOf(r.x), [...(sets.get(datasetOf(r.x)) ?? []), r]);
  return sets;
};

/** Fits the group at each candidate length share and keeps the one with the best mean AUC over its datasets. */
function bestFullAt(group: ModelGroup, rows: readonly Row[], pooled: Params, log: (line: string) => void): Params {
  const floors = Float64Array.from(STRENGTH_IDS.map((id) => STRENGTH_FLOORS[group][id] ?? 0));
  let best: { params: Params; auc: number } | undefined;
  const sets = [...byDataset(rows).values()];
  for (const fullAt of FULL_AT_CHOICES) {
    const start = { ...pooled, fullAt, v: pooled.v.map((v, k) => Math.max(v, floors[k]!)) };
    const params = fitParams(rows, start, start, GROUP_SHRINK, 1500, 0.5, 0.8, floors);
    const meanAuc = sets.reduce((sum, set) => sum + auc(set.filter((r) => r.y).map((r) => logit(params, r)), set.filter((r) => !r.y).map((r) => logit(params, r))), 0) / sets.length;
    log(`  full baseline at ${fullAt} words: mean AUC ${meanAuc.toFixed(4)}`);
    if (!best || meanAuc > best.auc) best = { params, auc: meanAuc };
  }
  return best!.params;
}

/** The group's weights as the model stores them, before calibration (κ = 1). */
function groupWeights(p: Params, rows: readonly Row[], floor: number, kappa: number, noiseHalfPoint: number): GroupWeights {
  const rules: Record<string, number> = { [BASELINE_RULE]: round3(p.baseline * kappa) };
  // A rule that fires on too few texts of the group has no evidence either way: it keeps its hand weight.
  FITTED_RULES.forEach((id, j) => {
    if (rows.filter((r) => r.x.rules[j]! > 0).length >= MIN_FIRING) rules[id] = round3(p.w[j]! * kappa);
  });
  const strengths = Object.fromEntries(STRENGTH_IDS.map((id, k) => [id, round3(p.v[k]!)]));
  return { floor: round3(floor), rules, strengths, baselineFullAtWords: p.fullAt, noiseHalfPoint, handEvidencePerWeight: handScale(rules) };
}

/** Rules the data cannot speak to cost their hand weight times the group's median fitted-to-hand ratio. */
function handScale(fitted: Readonly<Record<string, number>>): number {
  const ratios = RULES.filter((rule) => (fitted[rule.id] ?? 0) > 0).map((rule) => fitted[rule.id]! / rule.weight).sort((a, b) => a - b);
  return round3(ratios[Math.floor(ratios.length / 2)] ?? 0.3);
}

/**
 * The bands: scale all evidence by κ and move the floor so that, on every dataset of the
 * group, at most MAX_BROADCAST_GREEN of broadcast shows green, with as much dialogue green as
 * that allows (the worst dataset counts), then RED_BROADCAST_VALUE. Among equals, the gentlest
 * scale (κ is tried from low to high and a later one must do better): a steeper one rounds more
 * drafts to 0 and 100, where the ranking is lost.
 * Green must be earned: a draft with no sign of dialogue at all carries the whole one-to-many
 * `baseline`, and that alone never shows green. The data of one group can miss this: fitted on
 * sources whose posts all carry links, the links alone keep their posts out of green, and a
 * floor low enough to let every reply through lets a source's link-less posts through too.
 */
function calibrate(group: ModelGroup, evidence: ReadonlyMap<Row, number>, rows: readonly Row[], baseline: number): { kappa: number; floor: number } {
  const ascending = (list: Row[]): Float64Array => Float64Array.from(list.map((r) => evidence.get(r)!)).sort();
  const sets = [...byDataset(rows).values()].map((set) => ({ B: ascending(set.filter((r) => r.y)), D: ascending(set.filter((r) => !r.y)) }));
  let best = { kappa: 1, floor: -5, value: -Infinity };
  for (let kappa = 0.4; kappa <= 3.001; kappa += 0.05) {
    for (let floor = -8; floor <= 0.001; floor += 0.1) {
      // The score falls as evidence rises, so each band is a prefix or suffix of the sorted evidence.
      const score = (e: number): number => (e > 0 ? Math.round(Math.max(0, Math.min(100, scoreAtLogit(floor + kappa * e, floor)))) : 100);
      // As the model will store them (rounded): at the edge, rounding alone can make the baseline green.
      if (Math.round(scoreAtLogit(round3(floor) + round3(baseline * kappa), round3(floor))) >= GREEN) continue;
      const greenCount = (sorted: Float64Array): number => firstWhere(sorted, (e) => score(e) < GREEN);
      const redCount = (sorted: Float64Array): number => sorted.length - firstWhere(sorted, (e) => score(e) < RED);
      let ok = true, worstDialogueGreen = 1, red = 0;
      for (const { B, D } of sets) {
        if (greenCount(B) / B.length > MAX_BROADCAST_GREEN[group]) ok = false;
        worstDialogueGreen = Math.min(worstDialogueGreen, greenCount(D) / D.length);
        red += redCount(B) / B.length / sets.length;
      }
      const value = ok ? worstDialogueGreen + RED_BROADCAST_VALUE[group] * red : -1 + worstDialogueGreen;
      if (value > best.value + 1e-12) best = { kappa, floor, value };
    }
  }
  return { kappa: best.kappa, floor: best.floor };
}

/** The first index of an ascending array where a monotone predicate turns true (its length if never). */
function firstWhere(sorted: Float64Array, turned: (value: number) => boolean): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turned(sorted[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The noise half point: pushing evidence at which the noise score reaches 50. Medium starts at
 * 30 (100·P/(P + h) ≥ 29.5), so put it where no more than 1 − REPLIES_QUIET of any dataset's
 * dialogue reaches medium.
 */
function calibrateNoise(pushing: ReadonlyMap<Row, number>, rows: readonly Row[]): number {
  let edge = 0;
  for (const set of byDataset(rows).values()) {
    const quiet = set.filter((r) => !r.y).map((r) => pushing.get(r)!).sort((a, b) => a - b);
    edge = Math.max(edge, quiet[Math.floor(quiet.length * REPLIES_QUIET)] ?? 0);
  }
  return round3(Math.max(0.2, (edge * 70.5) / 29.5 + 0.01));
}

/**
 * One pushing finding alone is not noise: the half point is at least three times a noise rule's
 * weight, so it takes two kinds of pushing (or one heavy one) to reach medium. Which weight: the
 * median one for mail and messages; the upper-quartile one for posts, where a word in capitals
 * or three emoji are part of how brands talk to fans on X (without it, 13% of the universities'
 * replies read as noise). A rule per group, not a switch on the quantile: a switch made the half
 * point jump up when replies got quieter (a grammar check on disguised-words' filler runs moved
 * email's from 12.4 to 14.0, and bulk noise fell with it).
 */
function oneFindingIsQuiet(group: ModelGroup, weights: GroupWeights): number {
  return round3(3 * noiseWeightAt(weights, group === 'post' ? 3 / 4 : 1 / 2));
}

/** The median and upper quartile of the group's noise rule weights, for the fit log. */
function noiseWeightQuartiles(weights: GroupWeights): string {
  return `median ${noiseWeightAt(weights, 1 / 2).toFixed(2)}, upper quartile ${noiseWeightAt(weights, 3 / 4).toFixed(2)}`;
}

/** The weight at `share` of the way up the group's noise rules that carry any weight (0 when none does). */
function noiseWeightAt(weights: GroupWeights, share: number): number {
  const noisy = RULES.filter((rule) => countsAsNoise(rule) && (weights.rules[rule.id] ?? 0) > 0).map((rule) => weights.rules[rule.id]!).sort((a, b) => a - b);
  return noisy[Math.floor(noisy.length * share)] ?? 0;
}

export function fitModel(features: readonly Features[], log: (line: string) => void = () => {}): FittedModel {
  const scored = features.filter((x) => x.scored);
  const rows = prepare(scored);
  const zero: Params = { fullAt: 1, floor: 0, w: new Float64Array(FITTED_RULES.length), v: new Float64Array(STRENGTH_IDS.length), baseline: 0 };
  const start: Params = { ...zero, floor: -2, v: new Float64Array(STRENGTH_IDS.length).fill(0.3), baseline: 1.5 };
  const pooled = fitParams(rows, start, zero, 1e-3);
  const fitted = new Map<ModelGroup, { params: Params; rows: Row[] }>();
  for (const group of MODEL_GROUPS) {
    const mine = prepare(scored.filter((x) => x.group === group));
    if (!mine.length) throw new Error(`no fitting texts for the ${group} group`);
    log(`${group}: ${mine.length} texts`);
    fitted.set(group, { params: bestFullAt(group, mine, pooled, log), rows: mine });
  }
  const model: FittedModel = { fittedOn: '', repeatDecay: REPEAT_DECAY, groups: {} as Record<ModelGroup, GroupWeights> };
  const groups = model.groups as Record<ModelGroup, GroupWeights>;
  // Uncalibrated first (κ = 1), so the coaching gate and the hand weights are as shipped.
  for (const [group, { params, rows: mine }] of fitted) groups[group] = groupWeights(params, mine, -5, 1, 1);
  for (const [group, { params, rows: mine }] of fitted) {
    const evidence = new Map(mine.map((r) => [r, evidenceOf(r.x, model).total]));
    const { kappa, floor } = calibrate(group, evidence, mine, params.baseline);
    groups[group] = groupWeights(params, mine, floor, kappa, 1);
    const pushing = new Map(mine.map((r) => [r, evidenceOf(r.x, model).pushing]));
    const quantile = calibrateNoise(pushing, mine);
    groups[group] = { ...groups[group], noiseHalfPoint: Math.max(quantile, oneFindingIsQuiet(group, groups[group])) };
    log(`${group}: calibration κ=${kappa.toFixed(2)}, floor ${floor.toFixed(2)}, noise half point ${groups[group].noiseHalfPoint} (replies' quantile ${quantile}; noise weights ${noiseWeightQuartiles(groups[group])})`);
  }
  return model;
}

/** Rounded to three places, and never -0 (JSON would write it as 0, and the refit must match the file). */
const round3 = (n: number): number => Math.round(n * 1000) / 1000 + 0;
