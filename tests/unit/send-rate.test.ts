import { expect, test } from 'vitest';
import { BURST, REFILL_MS, SendRate } from '../../src/background/send-rate.ts';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

test('a person sending a few messages in a row is never refused', () => {
  const time = clock();
  const rate = new SendRate(time.now);
  // A quick chat: ten messages as fast as one can type them, then one every 3 s for two minutes.
  for (let i = 0; i < 10; i++, time.advance(500)) expect(rate.take(7)).toBe(true);
  for (let i = 0; i < 40; i++, time.advance(3_000)) expect(rate.take(7)).toBe(true);
  expect(rate.dropped).toBe(0);
});

test('a burst of 50 forged sends records only the first few, and counts the rest', () => {
  const rate = new SendRate(clock().now);
  const accepted = Array.from({ length: 50 }, () => rate.take(7)).filter(Boolean).length;
  expect(accepted).toBe(BURST);
  expect(rate.dropped).toBe(50 - BURST);
});

test('each tab has its own allowance, and it refills with time', () => {
  const time = clock();
  const rate = new SendRate(time.now);
  for (let i = 0; i < BURST; i++) rate.take(1);
  expect(rate.take(1)).toBe(false);
  expect(rate.take(2)).toBe(true);
  time.advance(REFILL_MS);
  expect(rate.take(1)).toBe(true);
  expect(rate.take(1)).toBe(false);
});
