/**
 * When the coach analyses after a change (content/analysis-schedule.ts): in the next task
 * while analyses are cheap, at idle time once one was not, and one run for many changes.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AnalysisSchedule, CHEAP_MS, IDLE_WAIT_MS } from '../../src/content/analysis-schedule.ts';

describe('AnalysisSchedule', () => {
  const idleCalls: { run: () => void; timeout?: number }[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    idleCalls.length = 0;
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) => idleCalls.push({ run, timeout: options?.timeout }));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('cheap analyses run in the next task, and changes before it share one run', () => {
    let runs = 0;
    const schedule = new AnalysisSchedule(() => (runs++, 1));
    schedule.request();
    schedule.request();
    schedule.request();
    expect(runs).toBe(0); // never inside the input event itself
    vi.advanceTimersByTime(0);
    expect(runs).toBe(1);
    schedule.request();
    vi.advanceTimersByTime(0);
    expect(runs).toBe(2);
    expect(idleCalls).toEqual([]);
  });

  test('after an expensive analysis the next one waits for idle time, at most IDLE_WAIT_MS', () => {
    let cost = CHEAP_MS + 20;
    let runs = 0;
    const schedule = new AnalysisSchedule(() => (runs++, cost));
    schedule.request();
    vi.advanceTimersByTime(0);
    expect(runs).toBe(1);
    schedule.request();
    vi.advanceTimersByTime(50);
    expect(runs).toBe(1); // waiting for idle time
    expect(idleCalls).toHaveLength(1);
    expect(idleCalls[0]!.timeout).toBe(IDLE_WAIT_MS);
    cost = 1;
    idleCalls[0]!.run();
    expect(runs).toBe(2);
    schedule.request(); // cheap again: back to the next task
    vi.advanceTimersByTime(0);
    expect(runs).toBe(3);
  });

  test('a run with nothing to analyse keeps the last cost; runNow drops a pending run', () => {
    const costs = [CHEAP_MS + 20, null];
    let runs = 0;
    const schedule = new AnalysisSchedule(() => (runs++, costs.shift() ?? null));
    schedule.runNow();
    schedule.runNow(); // nothing changed: no cost
    schedule.request();
    vi.advanceTimersByTime(0);
    expect(idleCalls).toHaveLength(1); // still judged expensive
    schedule.runNow();
    expect(runs).toBe(3);
    schedule.dispose();
    vi.advanceTimersByTime(100);
    expect(runs).toBe(3);
  });
});
