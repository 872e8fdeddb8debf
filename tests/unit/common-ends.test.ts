/** Where an edit changed a draft: the common start and end of two texts (nlp/common-ends.ts). */
import { expect, test } from 'vitest';
import { commonEnd, commonStart } from '../../src/core/nlp/common-ends.ts';
import { intBetween, prng, randomText } from './randomText.ts';

const walkStart = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};
const walkEnd = (a: string, b: string, limit: number): number => {
  let i = 0;
  while (i < limit && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
};

test('the common start and end are what a walk character by character finds', () => {
  expect(commonStart('', 'abc')).toBe(0);
  expect(commonStart('abc', 'abc')).toBe(3);
  expect(commonStart('abcd', 'abXd')).toBe(2);
  expect(commonEnd('abcd', 'abXd', 4)).toBe(1);
  expect(commonEnd('abc', 'abc', 1)).toBe(1); // never past the limit
  const rand = prng(9);
  for (let n = 0; n < 300; n++) {
    const a = randomText(rand, 6);
    const at = intBetween(rand, 0, a.length);
    const b = a.slice(0, at) + (rand() < 0.5 ? 'x' : '') + a.slice(Math.min(a.length, at + intBetween(rand, 0, 3)));
    const start = commonStart(a, b);
    expect(start).toBe(walkStart(a, b));
    const limit = Math.min(a.length, b.length) - start;
    expect(commonEnd(a, b, limit)).toBe(walkEnd(a, b, limit));
  }
});
