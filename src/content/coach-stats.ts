/**
 * Counts for the browser benchmark (tests/bench/browser.bench.ts): scheduled analysis runs,
 * analyze() calls and what each cost. Kept under a symbol on the content script's isolated
 * world (like COACH_MARK), which no page can reach; they hold no text and nothing of the draft.
 */
export interface CoachStats {
  /** Scheduled runs that analysed (a run with nothing changed does not count). */
  runs: number;
  /** analyze() calls: one per run is the contract. */
  analyses: number;
  /** What each analysis cost (ms), the last 1,000. */
  costs: number[];
}

export const COACH_STATS_KEY = Symbol.for('parley.coachStats');

/** One scheduled run analysed, at this cost (ms). */
export function recordRun(cost: number): void {
  const stats = coachStats();
  stats.runs++;
  if (stats.costs.push(cost) > 1000) stats.costs.shift();
}

export function coachStats(): CoachStats {
  const world = globalThis as Record<symbol, CoachStats | undefined>;
  world[COACH_STATS_KEY] ??= { runs: 0, analyses: 0, costs: [] };
  return world[COACH_STATS_KEY];
}
