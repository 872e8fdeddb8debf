/** The figures judge.mjs prints, computed the same way, for the eval and the unit test. */
import type { Report } from '../../src/core/types.ts';
import type { LabelledText } from './data.ts';

export interface Judged {
  row: LabelledText;
  report: Report;
}

/** What the metrics need of one judged text: analyze()'s report, or judged.ts's verdict from features. */
export interface Outcome {
  row: LabelledText;
  score: number;
  noisy: boolean;
  warnings: number;
}

export interface FileMetrics {
  /** A file ("email") or one of its datasets ("email/genspam"). */
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

/** A report as the metrics read it (only scored texts count, as judge.mjs counts them). */
export const outcomeOf = ({ row, report }: Judged): Outcome | null =>
  typeof report.score === 'number'
    ? { row, score: report.score, noisy: report.noise.level !== 'low', warnings: report.findings.filter((f) => f.severity !== 'hint').length }
    : null;

export function metricsOf(name: string, outcomes: readonly Outcome[]): FileMetrics {
  const B = outcomes.filter((o) => o.row.label === 'broadcast');
  const D = outcomes.filter((o) => o.row.label === 'dialogue');
  const bad = (o: Outcome): number => 100 - o.score;
  const perClass = (f: (o: Outcome) => boolean) => ({ broadcast: share(B, f), dialogue: share(D, f) });
  return {
    file: name,
    items: outcomes.length,
    auc: auc(B.map(bad), D.map(bad)),
    lengthAuc: auc(B.map((o) => words(o.row.text)), D.map((o) => words(o.row.text))),
    green: perClass((o) => o.score >= 70),
    red: perClass((o) => o.score < 45),
    noisy: perClass((o) => o.noisy),
    warnings: { broadcast: median(B.map((o) => o.warnings)), dialogue: median(D.map((o) => o.warnings)) },
  };
}

export function fileMetrics(file: string, judged: readonly Judged[]): FileMetrics {
  return metricsOf(file, judged.map(outcomeOf).filter((o): o is Outcome => o !== null));
}
