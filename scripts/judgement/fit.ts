/**
 * `npm run fit`: fits the score's weights on the fitting part of ../shared/data and writes them
 * to src/core/fitted-model.ts. The model (src/core/model.ts) is additive and readable:
 *
 *   log-odds(broadcast) = floor[group] + Σ w[group, rule] · evidence(rule)
 *                         + baseline[group] · max(0, 1 − Σ v[group, strength] · count(strength))
 *
 * with every w, v and baseline ≥ 0: a rule can only cost, a strength can only help, and a rule
 * the data does not support gets 0 and costs nothing. Weights are fitted on all files together,
 * then per group (email; short and social) pulled toward the pooled fit, so a group's quirks
 * need strong evidence to move a weight. Each file counts equally, whatever its size.
 * Then the bands are calibrated so the colour tells the truth on the fitting part, and the
 * noise scale so bulk mail reads as noisy and replies do not.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FittedModel, type GroupWeights, lengthShare, MODEL_GROUPS, type ModelGroup, scoreAtLogit } from '../../src/core/model.ts';
import { countsAsNoise } from '../../src/core/noise.ts';
import { RULES } from '../../src/core/rules/index.ts';
import { BASELINE_RULE, FITTED_RULES, type Features, featuresOf, REPEAT_DECAY, STRENGTH_IDS } from './features.ts';
import { DATA_DIR, loadData } from './data.ts';
import { auc } from './metrics.ts';

interface Params {
  /** Words from which the baseline applies in full (chosen per group from FULL_AT_CHOICES). */
  fullAt: number;
  floor: number;
  w: number[];
  v: number[];
  baseline: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function logit(p: Params, x: Features): number {
  let z = p.floor;
  for (let j = 0; j < p.w.length; j++) z += p.w[j]! * x.rules[j]!;
  let credit = 0;
  for (let k = 0; k < p.v.length; k++) credit += p.v[k]! * x.strengths[k]!;
  return z + p.baseline * Math.max(0, 1 - credit) * share(x, p);
}

/** The baseline's length share, as model.ts baselineShare computes it. */
const share = (x: Features, p: Params): number => lengthShare(x.words, p.fullAt);
/** Candidates for a group's baselineFullAtWords; 1 means no length share at all. */
const FULL_AT_CHOICES = [1, 10, 15, 20, 30, 45];

/**
 * Projected gradient descent on the weighted logistic loss, with L2 toward `prior` (the pooled
 * fit, or zero), keeping w, v and the baseline non-negative.
 */
function fitParams(rows: readonly Features[], weightOf: (x: Features) => number, start: Params, prior: Params, l2: number, iterations = 2500, rate = 0.5): Params {
  const p: Params = structuredClone(start);
  const totalWeight = rows.reduce((s, x) => s + weightOf(x), 0);
  for (let it = 0; it < iterations; it++) {
    const gw = p.w.map(() => 0), gv = p.v.map(() => 0);
    let gFloor = 0, gBase = 0;
    for (const x of rows) {
      const weight = weightOf(x) / totalWeight;
      let credit = 0;
      for (let k = 0; k < p.v.length; k++) credit += p.v[k]! * x.strengths[k]!;
      const open = (1 - credit) * share(x, p);
      const err = weight * (sigmoid(logit(p, x)) - (x.row.label === 'broadcast' ? 1 : 0));
      gFloor += err;
      for (let j = 0; j < p.w.length; j++) gw[j]! += err * x.rules[j]!;
      if (open > 0) {
        gBase += err * open;
        for (let k = 0; k < p.v.length; k++) gv[k]! -= err * p.baseline * share(x, p) * x.strengths[k]!;
      }
    }
    p.floor -= rate * gFloor;
    p.w = p.w.map((w, j) => Math.max(lowerBound[j]!, w - rate * (gw[j]! + l2 * (w - prior.w[j]!))));
    p.v = p.v.map((v, k) => Math.max(0, v - rate * (gv[k]! + l2 * (v - prior.v[k]!))));
    p.baseline = Math.max(0, p.baseline - rate * (gBase + l2 * (p.baseline - prior.baseline)));
  }
  return p;
}

/**
 * Fits the group at each candidate length share and keeps the one with the best mean AUC over
 * its files, on the fitting part only.
 */
function bestFullAt(rows: readonly Features[], pooled: Params): Params {
  let best: { params: Params; auc: number } | undefined;
  for (const fullAt of FULL_AT_CHOICES) {
    const start = { ...pooled, fullAt };
    const params = fitParams(rows, fileBalance(rows), start, start, GROUP_SHRINK);
    const files = [...new Set(rows.map((x) => x.row.file))];
    const meanAuc =
      files.reduce((sum, file) => {
        const of = (label: string) => rows.filter((x) => x.row.file === file && x.row.label === label).map((x) => logit(params, x));
        return sum + auc(of('broadcast'), of('dialogue'));
      }, 0) / files.length;
    console.log(`  full baseline at ${fullAt} words: mean AUC ${meanAuc.toFixed(4)} on the fitting part`);
    if (!best || meanAuc > best.auc) best = { params, auc: meanAuc };
  }
  return best!.params;
}

/** Each file weighs the same in the loss, whatever its row count. */
function fileBalance(rows: readonly Features[]): (x: Features) => number {
  const perFile = new Map<string, number>();
  for (const x of rows) perFile.set(x.row.file, (perFile.get(x.row.file) ?? 0) + 1);
  return (x) => 1 / perFile.get(x.row.file)!;
}

const GREEN = 70, MAX_BROADCAST_GREEN = 0.06;
/**
 * The real data holds no marketing copy: no corporate posts, no cold sales emails. Its spam does
 * not say "thrilled to announce" and its business replies say "we" all the time, so the fit
 * alone would give the rules on marketing voice (P1, P2, P5, P9, P10) next to nothing. They keep
 * a floor set from their hand weight: the data may raise their cost, not lower it below this.
 * tests/corpus checks them on marketing drafts.
 */
export const VOICE_RULES = ['we-vs-you', 'self-praise', 'announcement', 'boilerplate', 'empty-hype', 'brand-only-routing', 'urgency', 'sales-hook-question', 'generic-copy', 'merge-fields', 'exclamations', 'shouting', 'emoji-stuffing', 'hashtag-stuffing'];
const VOICE_FLOOR_PER_WEIGHT = Number(process.env.PARLEY_FIT_VOICE_FLOOR ?? 0.2);
const lowerBound: number[] = FITTED_RULES.map((id) => (VOICE_RULES.includes(id) ? RULES.find((r) => r.id === id)!.weight * VOICE_FLOOR_PER_WEIGHT : 0));

/** How strongly a group's weights are pulled toward the pooled fit (PARLEY_FIT_SHRINK to try another). */
const GROUP_SHRINK = Number(process.env.PARLEY_FIT_SHRINK ?? 5e-3);
/** Texts a rule must fire on, in a group's fitting part, before the data may set its weight. */
const MIN_FIRING = 10;


/**
 * The bands: scale all evidence by κ and move the floor so that, on every file of the group,
 * at most 6% of broadcast shows green, with as much dialogue green as that allows.
 */
function calibrate(p: Params, rows: readonly Features[]): { kappa: number; floor: number } {
  const files = [...new Set(rows.map((x) => x.row.file))];
  let best = { kappa: 1, floor: p.floor, value: -Infinity };
  for (let kappa = 0.4; kappa <= 3.001; kappa += 0.05) {
    for (let floor = -8; floor <= 0; floor += 0.1) {
      const scaled: Params = { ...p, floor, w: p.w.map((w) => w * kappa), baseline: p.baseline * kappa };
      let worstDialogueGreen = 1, ok = true, red = 0;
      for (const file of files) {
        const B = rows.filter((x) => x.row.file === file && x.row.label === 'broadcast');
        const D = rows.filter((x) => x.row.file === file && x.row.label === 'dialogue');
        const green = (x: Features) => Math.round(scoreAtLogit(logit(scaled, x), floor)) >= GREEN;
        if (B.filter(green).length / B.length > MAX_BROADCAST_GREEN) ok = false;
        worstDialogueGreen = Math.min(worstDialogueGreen, D.filter(green).length / D.length);
        red += B.filter((x) => scoreAtLogit(logit(scaled, x), floor) < 45).length / B.length;
      }
      const value = ok ? worstDialogueGreen + 0.05 * red : -1;
      if (value > best.value) best = { kappa, floor, value };
    }
  }
  return { kappa: best.kappa, floor: best.floor };
}

function main(): void {
  const all = loadData().filter((r) => r.part === 'fit');
  console.log(`Extracting features from ${all.length} texts (fitting part of ${DATA_DIR})…`);
  const rows = all.map(featuresOf).filter((x) => x.scored);
  const zero: Params = { fullAt: 1, floor: 0, w: FITTED_RULES.map(() => 0), v: STRENGTH_IDS.map(() => 0), baseline: 0 };
  const start: Params = { fullAt: 1, floor: -2, w: FITTED_RULES.map(() => 0), v: STRENGTH_IDS.map(() => 0.3), baseline: 1.5 };
  const pooled = fitParams(rows, fileBalance(rows), start, zero, 1e-3);
  const groups = {} as Record<ModelGroup, GroupWeights>;
  const handRatios: number[] = [];
  for (const group of MODEL_GROUPS) {
    const mine = rows.filter((x) => x.group === group);
    const fitted = bestFullAt(mine, pooled);
    const { kappa, floor } = calibrate(fitted, mine);
    console.log(`${group}: ${mine.length} texts, calibration κ=${kappa.toFixed(2)}, floor ${floor.toFixed(2)}`);
    const rules: Record<string, number> = { [BASELINE_RULE]: round3(fitted.baseline * kappa) };
    // A rule that fires on too few texts of the group has no evidence either way: it keeps its hand weight.
    FITTED_RULES.forEach((id, j) => {
      if (mine.filter((x) => x.rules[j]! > 0).length >= MIN_FIRING || lowerBound[j]! > 0) rules[id] = round3(fitted.w[j]! * kappa);
    });
    const strengths = Object.fromEntries(STRENGTH_IDS.map((id, k) => [id, round3(fitted.v[k]!)]));
    groups[group] = { floor: round3(floor), rules, strengths, baselineFullAtWords: fitted.fullAt };
    for (const rule of RULES) if ((rules[rule.id] ?? 0) > 0) handRatios.push(rules[rule.id]! / rule.weight);
  }
  handRatios.sort((a, b) => a - b);
  const model: FittedModel = {
    fittedOn: provenance(rows.length),
    repeatDecay: REPEAT_DECAY,
    handEvidencePerWeight: round3(handRatios[Math.floor(handRatios.length / 2)] ?? 0.3),
    groups,
    noiseHalfPoint: 1,
  };
  model.noiseHalfPoint = calibrateNoise(rows, model);
  const out = new URL('../../src/core/fitted-model.ts', import.meta.url);
  writeFileSync(out, render(model));
  console.log(`Wrote ${out.pathname}`);
  for (const group of MODEL_GROUPS) {
    const g = groups[group];
    console.log(`\n${group} (floor ${g.floor}):`);
    console.log('  rules:     ' + Object.entries(g.rules).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
    console.log('  strengths: ' + Object.entries(g.strengths).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  }
}

/**
 * The noise half point: pushing evidence (noise.ts countsAsNoise) at which
 * the noise score reaches 50. Medium starts at 30, so set it where no more than 8% of email
 * replies reach medium (the issue allows 10%; the margin is for texts the fit never saw).
 */
/** Share of email replies that must stay below medium noise. */
const REPLIES_QUIET = Number(process.env.PARLEY_FIT_QUIET ?? 0.92);

function calibrateNoise(rows: readonly Features[], model: FittedModel): number {
  const noisy = new Set(RULES.filter((r) => countsAsNoise(r.category)).map((r) => r.id));
  const pushing = (x: Features): number => {
    const g = model.groups[x.group];
    return FITTED_RULES.reduce((sum, id, j) => sum + (noisy.has(id) ? (g.rules[id] ?? 0) * x.rules[j]! : 0), 0);
  };
  const replies = rows.filter((x) => x.row.file.startsWith('email') && x.row.label === 'dialogue').map(pushing).sort((a, b) => a - b);
  const edge = replies[Math.floor(replies.length * REPLIES_QUIET)] ?? 1;
  // noise = 100·E/(E + h) ≥ 30  ⇔  E ≥ 3h/7: put that edge just above the 94th percentile.
  return round3(Math.max(0.2, (edge * 7) / 3 + 0.01));
}

function provenance(count: number): string {
  const files = ['email', 'short', 'social'].map((f) => {
    const sha = createHash('sha256').update(readFileSync(join(DATA_DIR, `${f}.jsonl`))).digest('hex');
    return `${f}.jsonl (sha256 ${sha.slice(0, 8)}…${sha.slice(-4)})`;
  });
  return `${count} texts of the fitting part (60%, by id hash) of shared/data: ${files.join(', ')}; see scripts/judgement/data.ts and shared/data/SOURCES.md`;
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

function render(model: FittedModel): string {
  return `/**
 * Written by \`npm run fit\` (scripts/judgement/fit.ts) on ${new Date().toISOString().slice(0, 10)}: do not edit by hand.
 * Fitted on ${model.fittedOn}.
 */
import type { FittedModel } from './model.ts';

export const FITTED_MODEL: FittedModel = ${JSON.stringify(model, null, 2)};
`;
}

main();
