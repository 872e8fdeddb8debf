/**
 * Judgement that holds on real text from sources the fit never saw (issues 10 and 17). On the
 * labelled data (PARLEY_DATA, or a shared/data folder beside the checkout), every dataset is
 * held to its targets (scripts/judgement/targets.ts) twice: on the held-out part, through
 * analyze() as the CLI runs it, and in leave-one-dataset-out, by a fit that never saw the
 * dataset. `npm run eval` prints the same figures.
 *
 * KNOWN_SHORT names, per dataset, each target the score still misses today (docs/score.md says
 * by how much and why). The tests fail when any other target is missed, and also when a named
 * one starts to hold, so the list only ever shrinks and a threshold is never lowered in silence.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DATA_DIR, dataSkipped, hasData, loadData } from '../../scripts/judgement/data.ts';
import { datasetSizes, evaluateByDataset } from '../../scripts/judgement/eval.ts';
import type { Features } from '../../scripts/judgement/features.ts';
import { fitModel } from '../../scripts/judgement/fit-model.ts';
import { judged } from '../../scripts/judgement/judged.ts';
import type { FileMetrics } from '../../scripts/judgement/metrics.ts';
import { shortfalls, type Targets, targetsFor } from '../../scripts/judgement/targets.ts';
import { featuresOfAll, leaveOneOut, leftOutDatasets, leftOutModel } from '../../scripts/judgement/validate.ts';
import { analyze } from '../../src/core/analyze.ts';
import { type FittedModel, MODEL, MODEL_GROUPS, scoreFor } from '../../src/core/model.ts';
import { GOOD_FROM } from '../../src/report/score-band.ts';

type Known = Readonly<Record<string, readonly (keyof Targets)[]>>;

/** Held-out part: targets the shipped model misses today. */
const KNOWN_SHORT_HELD_OUT: Known = {};

/** Leave-one-dataset-out: targets a fit that never saw the dataset misses today. */
const KNOWN_SHORT_LEFT_OUT: Known = {
  'brand-x/cth2023-brand-twitter': ['minAuc'],
  'email/enron-spam': ['minBroadcastNoisy'],
};

const DATA = hasData();

test(DATA ? 'the labelled data is there' : `the labelled data is absent (${DATA_DIR}): the judgement tests skip; set PARLEY_DATA to run them`, () => {
  // CI lays the data beside the checkout; a clone elsewhere (or test:fast) skips what needs it.
  if (process.env.CI && !dataSkipped()) expect(DATA, `no *.jsonl in ${DATA_DIR}`).toBe(true);
});

const missed = (m: FileMetrics, sizes: Map<string, number>) => shortfalls(m, targetsFor(m.file, sizes.get(m.file) ?? 0));

describe.skipIf(!DATA)('on the held-out part of the labelled data, through analyze()', () => {
  // vitest runs a skipped describe's body too: read the data only when it is there.
  const rows = DATA ? loadData() : [];
  const sizes = datasetSizes(rows);
  const metrics = DATA ? evaluateByDataset('holdout', rows).filter((m) => m.file.includes('/')) : [];

  test('every dataset of every file is judged', () => {
    expect(metrics.map((m) => m.file).sort()).toEqual([...new Set(rows.map((r) => `${r.file}/${r.dataset}`))].sort());
  });

  test.each(metrics.map((m) => [m.file, m] as const))('%s meets its targets (AUC, colour, noise, warnings)', (name, m) => {
    const short = missed(m, sizes);
    expect(short.map((s) => s.target), short.map((s) => s.text).join('; ')).toEqual(KNOWN_SHORT_HELD_OUT[name] ?? []);
  });
});

describe.skipIf(!DATA)('leave-one-dataset-out, and the fit itself', () => {
  const rows = DATA ? loadData() : [];
  const sizes = datasetSizes(rows);
  let features: Features[] = [];
  beforeAll(() => {
    features = featuresOfAll(rows);
  }, 600_000);

  test('the features reproduce what analyze() reports under the shipped model (score, noise, warnings)', () => {
    const sample = features.filter((x, i) => x.scored && i % 7 === 0);
    for (const x of sample) {
      const report = analyze(x.row.text, { channel: x.row.channel });
      const verdict = judged(x, MODEL);
      expect([verdict.score, verdict.noisy, verdict.warnings], x.row.id).toEqual([report.score, report.noise.level !== 'low', report.findings.filter((f) => f.severity !== 'hint').length]);
    }
  }, 600_000);

  test('the shipped model is what `npm run fit` gives on the fitting part (deterministic)', () => {
    const { fittedOn: _, ...refit } = fitModel(features.filter((x) => x.row.part === 'fit'));
    const { fittedOn: __, ...shipped } = MODEL;
    expect(refit).toEqual(shipped);
  }, 600_000);

  test('each dataset, judged by a fit that never saw it, meets its targets', () => {
    const datasets = leftOutDatasets(features);
    expect(datasets).toEqual(expect.arrayContaining(['brand-x/cth2023-brand-twitter', 'email/enron-spam', 'email/genspam', 'email/ling-spam']));
    for (const dataset of datasets) {
      const model = leftOutModel(features, dataset);
      for (const group of MODEL_GROUPS) expect(baselineAlone(model, group), `${dataset} left out, ${group}: a draft with no sign of dialogue`).toBeLessThan(GOOD_FROM);
      const short = missed(leaveOneOut(features, dataset, model), sizes);
      expect(short.map((s) => s.target), `${dataset}: ${short.map((s) => s.text).join('; ')}`).toEqual(KNOWN_SHORT_LEFT_OUT[dataset] ?? []);
    }
  }, 1_200_000);
});

/** The score of a draft with the whole one-to-many baseline and no other finding. */
const baselineAlone = (model: FittedModel, group: (typeof MODEL_GROUPS)[number]): number => Math.round(scoreFor(model.groups[group].rules['one-to-many']!, group, model));

const JUDGE = resolve(DATA_DIR, '..', 'tools', 'judge.mjs');
const CLI_BUILT = existsSync(new URL('../../lib/cli.js', import.meta.url));

describe.skipIf(!DATA || !existsSync(JUDGE) || !CLI_BUILT)("the team's judge, through the built CLI", () => {
  test('judge.mjs passes on the held-out part, per dataset, with the targets that hold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-holdout-'));
    try {
      const write = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/judgement/eval.ts', '--write', dir, '--write-only'], { encoding: 'utf8' });
      expect(write.status, write.stderr).toBe(0);
      const sizes = datasetSizes(loadData());
      const names = [...sizes.keys()].filter((name) => name.includes('/') && !(KNOWN_SHORT_HELD_OUT[name] ?? []).some((t) => t === 'minAuc' || t === 'lengthMargin'));
      const flag = (value: (t: Targets) => number) => names.map((name) => `${name}=${value(targetsFor(name, sizes.get(name)!))}`).join(',');
      const judge = spawnSync(
        process.execPath,
        [JUDGE, dir, '--by-dataset', '--min-auc', flag((t) => t.minAuc), '--max-green-broadcast', flag((t) => t.maxBroadcastGreen), '--min-green-dialogue', flag((t) => t.minDialogueGreen), '--max-noise-dialogue', flag((t) => t.maxDialogueNoisy)],
        { encoding: 'utf8', maxBuffer: 1 << 26 },
      );
      expect(judge.status, judge.stdout + judge.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
