import { expect, test } from 'vitest';
import { DraftMemo } from '../../src/core/nlp/draft-memo.ts';

test('each memo keeps its own fact per draft, and a draft it was not told about has none', () => {
  const lengths = new DraftMemo<number>();
  const names = new DraftMemo<string>();
  const a = {};
  const b = {};
  lengths.set(a, 3);
  names.set(a, 'first');
  lengths.set(b, 7);
  expect([lengths.get(a), names.get(a), lengths.get(b), names.get(b)]).toEqual([3, 'first', 7, undefined]);
  expect(lengths.get({})).toBeUndefined();
  lengths.delete(a);
  expect([lengths.get(a), names.get(a)]).toEqual([undefined, 'first']);
});

test('memos made past the slot limit (word lists compiled again and again) still keep their facts apart', () => {
  const memos = Array.from({ length: 1500 }, () => new DraftMemo<number>());
  const draft = {};
  memos.forEach((memo, i) => memo.set(draft, i));
  const other = {};
  memos[1400]!.set(other, -1);
  expect(memos.map((memo) => memo.get(draft))).toEqual(memos.map((_, i) => i));
  expect([memos[1400]!.get(other), memos[10]!.get(other)]).toEqual([-1, undefined]);
});
