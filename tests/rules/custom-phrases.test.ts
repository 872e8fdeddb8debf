import { expect, test } from 'vitest';
import rule from '../../src/core/rules/custom-phrases.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

const words = { flag: ['synergy', 'circle the wagons', 'best-in-breed'] };

ruleTester(rule, {
  good: [
    { text: 'Thanks for the notes on the draft; I have moved the pricing section up.', words },
    { text: 'This partnership creates real synergy for both teams.', name: 'nothing is flagged without a list' },
    { text: 'The synergistic effect of the two drugs is well known.', words, name: 'whole words only' },
  ],
  bad: [
    { text: 'This partnership creates real [[synergy]] for both teams.', words, messageId: 'listed' },
    { text: 'Time to [[circle the wagons]] before the audit.', words },
    { text: 'Our [[best in breed]] tooling ships on Monday.', words, name: 'hyphen or space, any case; a modifier can be deleted' },
    { text: 'Thanks for the call. [[Synergy!]]', words, name: 'a sentence that is only the phrase can go' },
    { text: 'Notes from Tuesday are attached.', channel: 'email', subject: 'Q3 [[synergy]] review', words, name: 'in the subject line' },
  ],
});

testDocsExamples(rule);

test('the advice says where the list is edited', () => {
  const [finding] = findingsOf(rule, { text: 'This creates real synergy for both teams.', words });
  expect(finding?.suggestions.at(-1)).toEqual({ kind: 'advice', label: 'Rewrite without "synergy", or remove it from your list under Options → Words.' });
});
