/**
 * When to analyse a composer after it changed. An analysis after an edit costs well under a
 * millisecond to a few, so a fixed typing pause would be most of the wait for a hint: a
 * composer whose last analysis was cheap is analysed in the next task, at once; one whose last
 * analysis was not (a long paste, a slow machine) waits for idle time, so it never holds up the
 * user's next key, and at most IDLE_WAIT_MS. Changes that arrive before it runs share one run.
 */

import { type Cancel, whenIdle } from './idle.ts';

/** An analysis this cheap runs at once: well inside a frame, and far below a long task (50 ms). */
export const CHEAP_MS = 8;
/** The longest an expensive analysis waits for idle time: hints within ~100 ms of the last key. */
export const IDLE_WAIT_MS = 80;

const idle = (run: () => void): Cancel => whenIdle(run, IDLE_WAIT_MS);

const soon = (run: () => void): Cancel => {
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
};

export class AnalysisSchedule {
  /** How long the last run took (ms); the first run of a composer is treated as cheap. */
  private lastCost = 0;
  private cancel: Cancel | null = null;

  /** `run` analyses if anything changed and returns how long the analysis took (null: nothing to do). */
  constructor(private readonly run: () => number | null) {}

  /** Asks for a run: now-ish when runs are cheap, at idle time when not. */
  request(): void {
    if (this.cancel) return;
    const go = (): void => {
      this.cancel = null;
      this.lastCost = this.run() ?? this.lastCost;
    };
    this.cancel = this.lastCost <= CHEAP_MS ? soon(go) : idle(go);
  }

  /** Runs now (a fix was applied, the channel was changed), dropping any pending run. */
  runNow(): void {
    this.dispose();
    this.lastCost = this.run() ?? this.lastCost;
  }

  dispose(): void {
    this.cancel?.();
    this.cancel = null;
  }
}
