/**
 * The engine's warm-up (core/warm-up.ts, content/warm-up.ts): every rule gets a step, a step per
 * idle period unless the period has room to spare, a failing step does not stop the rest, and
 * a warmed-up engine reports exactly what a cold one does.
 */
import { expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { clearCaches } from '../../src/core/nlp/draft.ts';
import { RULES } from '../../src/core/rules/index.ts';
import { warmUpSteps } from '../../src/core/warm-up.ts';
import type { IdleDeadline } from '../../src/content/idle.ts';
import { WarmUp } from '../../src/content/warm-up.ts';
import { marketingText } from '../bench/texts.ts';

/** Idle periods on demand: each call of `period(ms)` runs the pending callback with that much time left. */
function idlePeriods() {
  let pending: ((deadline: IdleDeadline) => void) | null = null;
  return {
    idle: (run: (deadline: IdleDeadline) => void) => {
      pending = run;
      return () => (pending = null);
    },
    period(ms: number): boolean {
      const run = pending;
      pending = null;
      run?.({ timeRemaining: () => ms });
      return run !== null;
    },
  };
}

/** A warm-up of `count` steps that note their number when they run, started on `idlePeriods()`. */
function started(count: number) {
  const ran: number[] = [];
  const periods = idlePeriods();
  const warm = new WarmUp(Array.from({ length: count }, (_, i) => () => void ran.push(i)), periods.idle);
  warm.start();
  return { ran, periods, warm };
}

test('a step per idle period, several when the period has room, until every step has run', () => {
  const { ran, periods, warm } = started(5);
  expect(ran).toEqual([]); // nothing before the page is idle
  periods.period(10);
  expect(ran).toEqual([0]);
  periods.period(49); // a long idle period: room for the rest
  expect(ran).toEqual([0, 1, 2, 3, 4]);
  expect(warm.done).toBe(true);
  expect(periods.period(49)).toBe(false); // done: no more idle callbacks asked for
  expect(warm.runNow()).toBe(false);
});

test("an analysis that should not start cold runs a task's worth of steps at once, the idle ones go on after", () => {
  const { ran, periods, warm } = started(4);
  expect(warm.runNow()).toBe(true); // cheap steps: all fit in one task
  expect(ran).toEqual([0, 1, 2, 3]);
  expect(warm.done).toBe(true);
  periods.period(49); // the idle callback asked for before finds nothing left
  expect(ran).toEqual([0, 1, 2, 3]);
});

test('a step that throws does not stop the warm-up; pausing it cancels the rest until it starts again', () => {
  const ran: number[] = [];
  const steps = [() => void ran.push(0), () => { throw new Error('broken'); }, () => void ran.push(2), () => void ran.push(3)];
  const periods = idlePeriods();
  const warm = new WarmUp(steps, periods.idle);
  warm.start();
  periods.period(0);
  periods.period(0);
  periods.period(0);
  expect(ran).toEqual([0, 2]);
  warm.pause();
  expect(periods.period(0)).toBe(false);
  expect(ran).toEqual([0, 2]);
  warm.start();
  periods.period(0);
  expect(ran).toEqual([0, 2, 3]);
  expect(warm.done).toBe(true);
});

test('the warm-up covers every rule, each alone on the examples its docs say it flags, and runs without error', () => {
  const steps = warmUpSteps();
  expect(steps).toHaveLength(RULES.length + 1);
  for (const step of steps) expect(step).not.toThrow();
});

test('an engine warmed up reports exactly what a cold one does', () => {
  const text = marketingText(600, 12, 0.6);
  const input = { channel: 'email' as const, settings: { words: { flag: ['the deadline'] } } };
  clearCaches();
  const cold = analyze(text, input);
  clearCaches();
  for (const step of warmUpSteps()) step();
  expect(analyze(text, input)).toEqual(cold);
});
