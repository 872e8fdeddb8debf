import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../src/core/reading-order.ts';

/** What analyze() promised before the packed sort: by start, then end, ties in the order found. */
const byComparator = (starts: number[], ends: number[]): number[] =>
  starts.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]!);

const asSpans = (starts: number[], ends: number[]): { start: number; end: number }[] => starts.map((start, i) => ({ start, end: ends[i]! }));

function spans(count: number, maxOffset: number, seed: number): { starts: number[]; ends: number[] } {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < count; i++) {
    // Few distinct offsets, so equal starts and equal spans (the ties) are common.
    const start = Math.floor(next() * 20) * Math.floor(maxOffset / 20);
    starts.push(start);
    ends.push(start + Math.floor(next() * 3));
  }
  return { starts, ends };
}

describe('readingOrder: the order findings are read in', () => {
  it('sorts by start, then end, and keeps ties in the order found', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { starts, ends } = spans(200, 6000, seed);
      expect(readingOrder(asSpans(starts, ends))).toEqual(byComparator(starts, ends));
    }
  });

  it('gives the same order for a draft too long to pack (offsets past a million) and for thousands of findings', () => {
    const long = spans(300, 3_000_000, 7);
    expect(readingOrder(asSpans(long.starts, long.ends))).toEqual(byComparator(long.starts, long.ends));
    const many = spans(5000, 50_000, 9);
    expect(readingOrder(asSpans(many.starts, many.ends))).toEqual(byComparator(many.starts, many.ends));
  });

  it('stays right when the number of findings changes from one call to the next (the packed array is reused)', () => {
    for (const [count, seed] of [[200, 1], [3, 2], [600, 3], [200, 4], [1, 5], [1200, 6], [40, 7]] as const) {
      const { starts, ends } = spans(count, 6000, seed);
      expect(readingOrder(asSpans(starts, ends))).toEqual(byComparator(starts, ends));
    }
  });

  it('handles no findings and one', () => {
    expect(readingOrder([])).toEqual([]);
    expect(readingOrder([{ start: 4, end: 9 }])).toEqual([0]);
  });
});
