import { expect, test } from 'vitest';
import rule from '../../src/core/rules/empty-hype.ts';
import { evidenceOf, findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    { name: 'hype backed by a fact', text: 'The new planner is amazing: it cut my Monday reporting from 3 hours to 40 minutes.' },
    { name: 'one hype word is not a pile', text: 'This is an exciting week for the team.' },
    { name: 'hype about the sender is self-praise', text: 'Our amazing, incredible team is here for you.' },
  ],
  bad: [
    { text: 'This [[amazing]], [[next-level]] planner is a [[must-have]] for every team!', messageId: 'hype' },
    'Get ready for an [[epic]], [[unbelievable]] weekend of music.',
    { text: 'What a [[fantastic]] offer.', options: { minHype: 1 } },
  ],
});

test('one sentence costs about the weight once, however many hype words', () => {
  const three = evidenceOf(rule, { text: 'This amazing, next-level planner is a must-have for every team!' });
  const two = evidenceOf(rule, { text: 'Get ready for an epic, unbelievable weekend of music.' });
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
  expect(three.length).toBe(3);
  // The rule splits a sentence's weight among its hype words; only the repeat discount (model.ts) is left.
  expect(sum(three)).toBeLessThanOrEqual(sum(two) * 1.25);
  expect(sum(three)).toBeGreaterThanOrEqual(sum(two) * 0.75);
});

test('offers to delete a hype word only where the phrase still reads right', () => {
  const [epic, stunning] = findingsOf(rule, { text: 'Get ready for an epic weekend of stunning music.' });
  expect(epic?.suggestions[0]).toEqual({ kind: 'replace', label: 'Delete "epic"', replacement: '' });
  expect(stunning?.suggestions[0]?.kind).toBe('advice');
});
