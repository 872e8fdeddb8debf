/**
 * Judgement that holds on real text (issue 10): on the held-out part of ../shared/data (real
 * messages nobody on the team wrote, never seen by `npm run fit`), the score must tell
 * broadcast from dialogue, its colour must tell the truth, and the noise warning must speak up
 * on bulk mail and stay quiet on replies. `npm run eval` prints the same figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATA_DIR, dataSkipped, hasData } from '../../scripts/judgement/data.ts';
import { evaluateByDataset } from '../../scripts/judgement/eval.ts';

/** Issue 10's thresholds, held on the datasets issue 10 had until issue 17's per-dataset targets land. */
const MIN_AUC: Record<string, number> = { 'email/enron-spam': 0.93, 'short/exais-sms': 0.93, 'social/scamspot': 0.85 };
const FILES = Object.keys(MIN_AUC);
const LENGTH_MARGIN = 0.03;

test('the labelled data is there (CI lays shared/ beside the checkout)', () => {
  // Outside CI a checkout without the team's shared folder skips the judgement tests below.
  if (process.env.CI && !dataSkipped()) expect(hasData(), `no *.jsonl in ${DATA_DIR}`).toBe(true);
});

describe.skipIf(!hasData())('on the held-out part of shared/data', () => {
  // vitest runs a skipped describe's body too: read the data only when it is there.
  const metrics = hasData() ? evaluateByDataset('holdout') : [];
  const byFile = new Map(metrics.map((m) => [m.file, m]));

  test('every dataset is judged', () => {
    for (const name of FILES) expect([...byFile.keys()]).toContain(name);
  });

  test.each(Object.entries(MIN_AUC))('%s: the score ranks broadcast below dialogue (AUC ≥ %s), clearly better than length alone', (file, min) => {
    const m = byFile.get(file)!;
    expect(m.auc).toBeGreaterThanOrEqual(min);
    expect(m.auc - m.lengthAuc).toBeGreaterThanOrEqual(LENGTH_MARGIN);
  });

  test.each(FILES)('%s: the colour tells the truth (≤ 10%% of broadcast green, ≥ 60%% of dialogue green)', (file) => {
    const m = byFile.get(file)!;
    expect(m.green.broadcast).toBeLessThanOrEqual(0.1);
    expect(m.green.dialogue).toBeGreaterThanOrEqual(0.6);
  });

  test.each(FILES)('%s: a real reply is not nagged (median warnings on dialogue ≤ 1)', (file) => {
    expect(byFile.get(file)!.warnings.dialogue).toBeLessThanOrEqual(1);
  });

  test('email: noise is at least medium on ≥ 80% of bulk mail and ≤ 10% of replies', () => {
    const m = byFile.get('email/enron-spam')!;
    expect(m.noisy.broadcast).toBeGreaterThanOrEqual(0.8);
    expect(m.noisy.dialogue).toBeLessThanOrEqual(0.1);
  });
});

const JUDGE = resolve(DATA_DIR, '..', 'tools', 'judge.mjs');
const CLI_BUILT = existsSync(new URL('../../lib/cli.js', import.meta.url));

describe.skipIf(!hasData() || !existsSync(JUDGE) || !CLI_BUILT)('the team\'s judge, through the built CLI', () => {
  test('judge.mjs passes on the held-out part with the issue\'s thresholds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-holdout-'));
    try {
      const write = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/judgement/eval.ts', '--write', dir], { encoding: 'utf8' });
      expect(write.status, write.stderr).toBe(0);
      const judge = spawnSync(
        process.execPath,
        [JUDGE, dir, '--by-dataset', '--min-auc', FILES.map((name) => `${name}=${MIN_AUC[name]}`).join(','), '--max-green-broadcast', '0.1', '--min-green-dialogue', '0.6'],
        { encoding: 'utf8', maxBuffer: 1 << 26 },
      );
      expect(judge.status, judge.stdout + judge.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
