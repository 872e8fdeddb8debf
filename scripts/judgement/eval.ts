/**
 * `npm run eval`: how Parley's score judges the held-out part of ../shared/data (never seen by
 * the fit), per file, with the figures judge.mjs prints. `--write DIR` also writes the
 * held-out rows there, so `node ../shared/tools/judge.mjs DIR` can check them through the CLI.
 * `--part fit` evaluates the fitting part instead; `--show N` lists, per file, the N texts of
 * each class the score misjudges most, with their findings and strengths (tune on the fitting
 * part: `--part fit --show 10`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze.ts';
import { loadData, type Part } from './data.ts';
import { fileMetrics, type FileMetrics, type Judged } from './metrics.ts';

function judge(part: Part): Map<string, Judged[]> {
  const byFile = new Map<string, Judged[]>();
  for (const row of loadData().filter((r) => r.part === part)) {
    const list = byFile.get(row.file) ?? [];
    list.push({ row, report: analyze(row.text, { channel: row.channel }) });
    byFile.set(row.file, list);
  }
  return byFile;
}

export function evaluate(part: Part = 'holdout'): FileMetrics[] {
  return [...judge(part)].map(([file, judged]) => fileMetrics(file, judged));
}

/** The same figures per source dataset ("email/genspam"), for every file. */
export function evaluateByDataset(part: Part = 'holdout'): FileMetrics[] {
  return [...judge(part)].flatMap(([file, judged]) =>
    [...new Set(judged.map((j) => j.row.dataset))].sort().map((dataset) => fileMetrics(`${file}/${dataset}`, judged.filter((j) => j.row.dataset === dataset))),
  );
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

const pct = (x: number): string => `${Math.round(x * 100)}%`.padStart(4);

function main(): void {
  const args = process.argv.slice(2);
  const part = (args.includes('--part') ? args[args.indexOf('--part') + 1] : 'holdout') as Part;
  const writeTo = args.includes('--write') ? args[args.indexOf('--write') + 1] : undefined;
  if (writeTo) {
    mkdirSync(writeTo, { recursive: true });
    const rows = loadData().filter((r) => r.part === part);
    for (const file of new Set(rows.map((r) => r.file))) {
      const lines = rows.filter((r) => r.file === file).map((r) => JSON.stringify({ id: r.id, text: r.text, label: r.label, dataset: r.dataset, channel: r.channel }));
      writeFileSync(join(writeTo, `${file}.jsonl`), lines.join('\n') + '\n');
    }
    console.log(`Wrote the ${part} part to ${writeTo}`);
  }
  const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 0;
  const judged = judge(part);
  console.log(`Parley on the ${part} part of shared/data`);
  console.log('file      items  AUC    length  +margin  green b/d   red b/d    noise b/d  warnings b/d');
  for (const m of [...judged].map(([file, list]) => fileMetrics(file, list))) {
    console.log(
      `${m.file.padEnd(8)} ${String(m.items).padStart(6)}  ${m.auc.toFixed(3)}  ${m.lengthAuc.toFixed(3)}  ${(m.auc - m.lengthAuc).toFixed(3).padStart(7)}  ` +
        `${pct(m.green.broadcast)}/${pct(m.green.dialogue)}  ${pct(m.red.broadcast)}/${pct(m.red.dialogue)}  ${pct(m.noisy.broadcast)}/${pct(m.noisy.dialogue)}  ` +
        `${m.warnings.broadcast}/${m.warnings.dialogue}`,
    );
  }
  if (show > 0) for (const [file, list] of judged) showWorst(file, list, show);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
