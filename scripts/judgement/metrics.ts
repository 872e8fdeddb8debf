/** The figures judge.mjs prints, computed the same way, for the eval and the unit test. */
import type { Report } from '../../src/core/types.ts';
import type { LabelledText } from './data.ts';

export interface Judged {
  row: LabelledText;
  report: Report;
}

export interface FileMetrics {
  file: string;
  items: number;
  auc: number;
  lengthAuc: number;
  green: { broadcast: number; dialogue: number };
  red: { broadcast: number; dialogue: number };
  noisy: { broadcast: number; dialogue: number };
  warnings: { broadcast: number; dialogue: number };
}

/** Mann–Whitney AUC with ties counted half: the chance a positive outranks a negative. */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  const all = [...positives.map((s) => [s, 1] as const), ...negatives.map((s) => [s, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]![0] === all[i]![0]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]![1]) rankSum += rank;
    i = j;
  }
  return (rankSum - (positives.length * (positives.length + 1)) / 2) / (positives.length * negatives.length);
}

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
};
const share = <T>(xs: readonly T[], f: (x: T) => boolean): number => xs.filter(f).length / xs.length;
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export function fileMetrics(file: string, judged: readonly Judged[]): FileMetrics {
  const scored = judged.filter((j) => typeof j.report.score === 'number');
  const B = scored.filter((j) => j.row.label === 'broadcast');
  const D = scored.filter((j) => j.row.label === 'dialogue');
  const bad = (j: Judged): number => 100 - j.report.score!;
  const perClass = (f: (j: Judged) => boolean) => ({ broadcast: share(B, f), dialogue: share(D, f) });
  const warnings = (j: Judged): number => j.report.findings.filter((f) => f.severity !== 'hint').length;
  return {
    file,
    items: scored.length,
    auc: auc(B.map(bad), D.map(bad)),
    lengthAuc: auc(B.map((j) => words(j.row.text)), D.map((j) => words(j.row.text))),
    green: perClass((j) => j.report.score! >= 70),
    red: perClass((j) => j.report.score! < 45),
    noisy: perClass((j) => j.report.noise.level !== 'low'),
    warnings: { broadcast: median(B.map(warnings)), dialogue: median(D.map(warnings)) },
  };
}
