/**
 * `npm run fit`: fits the score on the fitting part of every dataset in the data folder
 * (fit-model.ts) and writes it to src/core/fitted-model.ts. Deterministic: the same data gives
 * the same file, byte for byte.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FittedModel } from '../../src/core/model.ts';
import { DATA_DIR, loadData } from './data.ts';
import { featuresOf } from './features.ts';
import { fitModel } from './fit-model.ts';

function provenance(count: number): string {
  const files = readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => {
      const sha = createHash('sha256').update(readFileSync(join(DATA_DIR, f))).digest('hex');
      return `${f} (sha256 ${sha.slice(0, 8)}…${sha.slice(-4)})`;
    });
  return `${count} texts of the fitting part (60%, by id hash) of the labelled data: ${files.join(', ')}; see scripts/judgement/data.ts and docs/score.md`;
}

function render(model: FittedModel): string {
  return `/**
 * Written by \`npm run fit\` (scripts/judgement/fit.ts): do not edit by hand.
 * Fitted on ${model.fittedOn}.
 */
import type { FittedModel } from './model.ts';

export const FITTED_MODEL: FittedModel = ${JSON.stringify(model, null, 2)};
`;
}

function main(): void {
  const rows = loadData().filter((r) => r.part === 'fit');
  console.log(`Extracting features from ${rows.length} texts (fitting part of ${DATA_DIR})…`);
  const features = rows.map(featuresOf);
  const model = fitModel(features, console.log);
  model.fittedOn = provenance(features.filter((x) => x.scored).length);
  const out = new URL('../../src/core/fitted-model.ts', import.meta.url);
  writeFileSync(out, render(model));
  console.log(`Wrote ${out.pathname}`);
  for (const [group, g] of Object.entries(model.groups)) {
    console.log(`\n${group} (floor ${g.floor}, noise half point ${g.noiseHalfPoint}, full baseline at ${g.baselineFullAtWords} words):`);
    console.log('  rules:     ' + Object.entries(g.rules).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
    console.log('  strengths: ' + Object.entries(g.strengths).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  }
}

main();
