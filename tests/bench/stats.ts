/** Timing helpers for the benchmark: run a step many times, report median and p95. */

export interface Timing {
  median: number;
  p95: number;
  runs: number;
  /**
   * Median process CPU time of a run (ms). Wall-clock includes waiting for a CPU on a busy
   * machine; CPU time does not, so the two together tell load apart from work.
   */
  cpuMedian: number;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: readonly number[], cpuSamples: readonly number[] = samples): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const cpu = [...cpuSamples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length, cpuMedian: percentile(cpu, 50) };
}

/**
 * Time `step(i)` for runs 0..n-1. `prepare(i)` runs untimed just before each step (clearing
 * caches, making the next text) so only the step itself is measured.
 */
export function timeRuns<T>(runs: number, prepare: (i: number) => T, step: (input: T) => unknown): Timing {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare(i);
    const cpu = process.cpuUsage();
    const start = performance.now();
    step(input);
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuSamples.push((used.user + used.system) / 1000);
  }
  return summarise(samples, cpuSamples);
}

export const ms = (n: number): string => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
export const times = (n: number): string => (n >= 100 ? `${n.toFixed(0)}×` : `${n.toFixed(1)}×`);

/** A plain aligned table: the first row is the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
