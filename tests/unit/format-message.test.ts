/** Rule messages: placeholders filled from a finding's data, numbers with the right plural. */
import { expect, test } from 'vitest';
import { formatMessage } from '../../src/core/rule.ts';

test('fills each placeholder, every time it appears', () => {
  expect(formatMessage('"{phrase}" is about you; "{phrase}" again.', { phrase: 'award-winning' })).toBe('"award-winning" is about you; "award-winning" again.');
});

test('plural forms follow the number', () => {
  const template = '{count:brag word|brag words} in {n:line|lines}';
  expect(formatMessage(template, { count: 1, n: 3 })).toBe('1 brag word in 3 lines');
  expect(formatMessage(template, { count: 4, n: 1 })).toBe('4 brag words in 1 line');
});

test('a placeholder without data stays as written; text around it is kept', () => {
  expect(formatMessage('Start {missing} and {count:one|many}.', {})).toBe('Start {missing} and {count:one|many}.');
  expect(formatMessage('No placeholders at all.')).toBe('No placeholders at all.');
  expect(formatMessage('{a}{b}', { a: 'x', b: 2 })).toBe('x2');
});
