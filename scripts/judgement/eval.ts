/**
 * `npm run eval`: how Parley's score judges real labelled texts, per file and per dataset:
 * - the held-out part (never seen by the shipped fit), through analyze() as the CLI runs it;
 * - leave-one-dataset-out (validate.ts): each dataset measured by a fit that never saw it;
 * - brand posts and replies with their links removed, so a score that reads only links shows itself.
 * Each row is marked with the targets it misses (targets.ts). `--write DIR` also writes the
 * held-out rows there, so `node judge.mjs DIR --by-dataset` can check them through the CLI.
 * `--part fit` evaluates the fitting part instead; `--show N` lists, per file, the N texts of
 * each class the score misjudges most; `--no-loo` skips leave-one-dataset-out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze.ts';
import { type LabelledText, loadData, type Part } from './data.ts';
import { type FileMetrics, fileMetrics, type Judged } from './metrics.ts';
import { shortfalls, targetsFor } from './targets.ts';
import { featuresOfAll, leaveOneOut, leftOutDatasets } from './validate.ts';

/** Links, as the brand-x file's notes count them. */
const LINK = /(?:https?:\/\/|www\.)\S+/gi;
export const withoutLinks = (text: string): string => text.replace(LINK, '').replace(/[ \t]+/g, ' ').trim();

function judge(rows: readonly LabelledText[], transform: (text: string) => string = (t) => t): Map<string, Judged[]> {
  const byFile = new Map<string, Judged[]>();
  for (const row of rows) {
    const list = byFile.get(row.file) ?? [];
    list.push({ row, report: analyze(transform(row.text), { channel: row.channel }) });
    byFile.set(row.file, list);
  }
  return byFile;
}

/** Per file, and per dataset of files with several. */
function metricsByDataset(judged: Map<string, Judged[]>): FileMetrics[] {
  return [...judged].sort(([a], [b]) => a.localeCompare(b)).flatMap(([file, list]) => {
    const sets = [...new Set(list.map((j) => j.row.dataset))].sort();
    return [fileMetrics(file, list), ...sets.map((d) => fileMetrics(`${file}/${d}`, list.filter((j) => j.row.dataset === d)))];
  });
}

/** Held-out figures per dataset ("email/genspam") and per file ("email"). */
export function evaluateByDataset(part: Part = 'holdout', rows: readonly LabelledText[] = loadData()): FileMetrics[] {
  return metricsByDataset(judge(rows.filter((r) => r.part === part)));
}

/** Brand rows with their links removed, held-out part. */
export function evaluateWithoutLinks(rows: readonly LabelledText[] = loadData(), part: Part = 'holdout'): FileMetrics[] {
  return metricsByDataset(judge(rows.filter((r) => r.part === part && r.file === 'brand-x'), withoutLinks));
}

/** Each dataset's size in the whole data, for its targets. */
export const datasetSizes = (rows: readonly LabelledText[]): Map<string, number> => {
  const sizes = new Map<string, number>();
  for (const r of rows) {
    sizes.set(`${r.file}/${r.dataset}`, (sizes.get(`${r.file}/${r.dataset}`) ?? 0) + 1);
    sizes.set(r.file, (sizes.get(r.file) ?? 0) + 1);
  }
  return sizes;
};

const pct = (x: number): string => `${Math.round(x * 100)}%`.padStart(4);

function printTable(title: string, metrics: readonly FileMetrics[], sizes: Map<string, number>, mark = true): void {
  console.log(`\n${title}`);
  console.log('dataset                              items  AUC    length  green b/d   red b/d    noise b/d  warnings b/d');
  for (const m of metrics) {
    const missed = mark && m.file.includes('/') ? shortfalls(m, targetsFor(m.file, sizes.get(m.file) ?? 0)) : [];
    console.log(
      `${m.file.padEnd(36)} ${String(m.items).padStart(5)}  ${m.auc.toFixed(3)}  ${m.lengthAuc.toFixed(3)}  ` +
        `${pct(m.green.broadcast)}/${pct(m.green.dialogue)}  ${pct(m.red.broadcast)}/${pct(m.red.dialogue)}  ${pct(m.noisy.broadcast)}/${pct(m.noisy.dialogue)}  ` +
        `${m.warnings.broadcast}/${m.warnings.dialogue}${missed.length ? `   SHORT: ${missed.join('; ')}` : ''}`,
    );
  }
}

function showWorst(file: string, judged: readonly Judged[], count: number): void {
  const scored = judged.filter((j) => j.report.score !== null);
  const worst = (label: string, key: (j: Judged) => number) => scored.filter((j) => j.row.label === label).sort((a, b) => key(a) - key(b)).slice(0, count);
  for (const [title, list] of [
    ['broadcast judged most like dialogue', worst('broadcast', (j) => -j.report.score!)],
    ['dialogue judged most like broadcast', worst('dialogue', (j) => j.report.score!)],
  ] as const) {
    console.log(`\n-- ${file}: ${title}`);
    for (const j of list) {
      console.log(`[${j.row.id}] ${j.report.score}: ${j.row.text.slice(0, 240).replace(/\s+/g, ' ')}`);
      const findings = j.report.findings.filter((f) => f.points > 0).map((f) => `${f.rule} ${f.points}`);
      console.log(`   findings: ${findings.join(', ') || 'none'}; strengths: ${j.report.strengths.map((s) => `${s.id}×${s.count}`).join(', ') || 'none'}`);
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const part = (args.includes('--part') ? args[args.indexOf('--part') + 1] : 'holdout') as Part;
  const writeTo = args.includes('--write') ? args[args.indexOf('--write') + 1] : undefined;
  const rows = loadData();
  const sizes = datasetSizes(rows);
  if (writeTo) {
    mkdirSync(writeTo, { recursive: true });
    const mine = rows.filter((r) => r.part === part);
    for (const file of new Set(mine.map((r) => r.file))) {
      const lines = mine.filter((r) => r.file === file).map((r) => JSON.stringify({ id: r.id, text: r.text, label: r.label, dataset: r.dataset, channel: r.channel }));
      writeFileSync(join(writeTo, `${file}.jsonl`), lines.join('\n') + '\n');
    }
    console.log(`Wrote the ${part} part to ${writeTo}`);
    if (args.includes('--write-only')) return;
  }
  const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 0;
  const judged = judge(rows.filter((r) => r.part === part));
  printTable(`Parley on the ${part} part, per file and dataset (through analyze())`, metricsByDataset(judged), sizes);
  printTable('Brand posts and replies with their links removed (held-out part)', evaluateWithoutLinks(rows, part), sizes, false);
  if (!args.includes('--no-loo')) {
    console.log('\nLeave-one-dataset-out: computing features once…');
    const features = featuresOfAll(rows);
    printTable('Leave-one-dataset-out: each dataset judged by a fit that never saw it (all its rows)', leftOutDatasets(features).map((d) => leaveOneOut(features, d)), sizes);
  }
  if (show > 0) for (const [file, list] of judged) showWorst(file, list, show);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
