/** The tokenizer caches: what the last drafts used stays; what typing left behind ages out. */
import { expect, test } from 'vitest';
import { RecentCache } from '../../src/core/nlp/recent-cache.ts';

test('computes once per key and returns the cached value after', () => {
  const cache = new RecentCache<string>(10, 2, 100);
  let made = 0;
  const make = (key: string): string => (made++, key.toUpperCase());
  expect(cache.use('a', 1, make)).toBe('A');
  expect(cache.use('a', 2, make)).toBe('A');
  expect(made).toBe(1);
});

test('past the floor, entries no recent draft used are dropped; the ones in use stay', () => {
  const cache = new RecentCache<number>(3, 2, 100);
  const keep = ['k1', 'k2'];
  let draft = 0;
  for (let i = 0; i < 50; i++) {
    draft++;
    for (const key of keep) cache.use(key, draft, () => 0);
    cache.use(`typed ${i}`, draft, () => i); // each keystroke's new sentence
    cache.evict(draft);
  }
  expect(cache.size).toBeLessThanOrEqual(3 + 2); // floor, plus what the last drafts still hold
  let remade = 0;
  for (const key of keep) cache.use(key, draft + 1, () => remade++);
  expect(remade).toBe(0);
});

test('a draft bigger than the floor keeps every piece it uses', () => {
  const cache = new RecentCache<number>(2, 2, 1000);
  const keys = Array.from({ length: 20 }, (_, i) => `s${i}`);
  for (let draft = 1; draft <= 5; draft++) {
    for (const key of keys) cache.use(key, draft, () => 0);
    cache.evict(draft);
    expect(cache.size).toBe(20);
  }
});

test('the hard cap holds even when every entry is in use', () => {
  const cache = new RecentCache<number>(2, 2, 10);
  for (let i = 0; i < 30; i++) cache.use(`s${i}`, 1, () => i);
  cache.evict(1);
  expect(cache.size).toBe(10);
});
