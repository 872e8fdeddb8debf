/**
 * Runs the analysis engine's warm-up (core/warm-up.ts) once the coach has started: at idle time,
 * a step per idle period (more only when the period has room to spare), and at once, a task's
 * worth at a time, when a long paste is to be analysed before it has finished. No step makes a
 * long task, and the user's first paste or keystroke finds the engine compiled.
 */
import type { WarmUpStep } from '../core/warm-up.ts';
import { type Cancel, type IdleDeadline, whenIdle } from './idle.ts';

export type RequestIdle = (run: (deadline: IdleDeadline) => void) => Cancel;

/** A task longer than this holds up the page's input (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;
/**
 * Another step starts only with this much of the time left: the first step costs about 20 ms,
 * a later one up to about 20 ms more on a slow machine (a rule's code and patterns compiled),
 * so two steps back to back could make the long task this avoids.
 */
const ROOM_FOR_A_STEP_MS = 40;

export class WarmUp {
  private next = 0;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly steps: readonly WarmUpStep[],
    private readonly idle: RequestIdle = (run) => whenIdle(run),
  ) {}

  get done(): boolean {
    return this.next >= this.steps.length;
  }

  /** Runs the steps at idle time until all have run. */
  start(): void {
    if (this.done || this.cancel) return;
    this.cancel = this.idle((deadline) => {
      this.cancel = null;
      this.runWithin(deadline);
      this.start();
    });
  }

  /**
   * Runs a task's worth of steps now, if any are left: for an analysis that should not start
   * cold. True when it ran some (that analysis then waits for a task of its own).
   */
  runNow(): boolean {
    if (this.done) return false;
    const until = performance.now() + LONG_TASK_MS;
    this.runWithin({ timeRemaining: () => until - performance.now() });
    return true;
  }

  /** Stops running steps at idle time (Parley was paused or turned off here); start() goes on where it left off. */
  pause(): void {
    this.cancel?.();
    this.cancel = null;
  }

  /** One step if any is left, more while the deadline leaves room for one. */
  private runWithin(deadline: IdleDeadline): void {
    while (!this.done) {
      try {
        this.steps[this.next++]!();
      } catch {
        // A step that fails warms less; the analysis that needs it reports its own error.
      }
      if (deadline.timeRemaining() <= ROOM_FOR_A_STEP_MS) return;
    }
  }
}
