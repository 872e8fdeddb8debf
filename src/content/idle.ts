/**
 * Idle time, where the browser has it (requestIdleCallback), else the next task: the one place
 * the coach waits for it (analysis-schedule.ts, warm-up.ts).
 */

/** What an idle period tells its callback: how much of it is left (0 in the fallback). */
export interface IdleDeadline {
  timeRemaining(): number;
}
export type Cancel = () => void;

/** Runs `run` at idle time, or after `timeout` ms at the latest when given. */
export function whenIdle(run: (deadline: IdleDeadline) => void, timeout?: number): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, timeout === undefined ? undefined : { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => run({ timeRemaining: () => 0 }), 0);
  return () => clearTimeout(id);
}
