import { expect, test } from 'vitest';
import rule from '../../src/core/rules/no-question.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'We moved the export button to the top of Reports. What would make your Monday report faster?',
    'Here is the checklist we use for onboarding. Let me know which step you would cut.',
    'Feel free to reply if anything is unclear. Thanks for reading the whole report this week.',
    { name: 'too short to judge', text: 'Report attached, as promised.' },
  ],
  bad: [
    { text: 'Our new export button sits at the top of Reports. [[It saves a few clicks every Monday.]]', messageId: 'noQuestion' },
    { name: 'a sales hook is not a question', text: 'Ready to 10x your pipeline? [[Our AI SDR books meetings while you sleep.]]' },
    { name: 'skips the sign-off', text: '[[The spring range is in store now, with new colours for every room.]]\nBest,\nAnna' },
    { name: 'prize bait is not an invitation', text: 'YOU have been chosen! [[Comment "ME" below for a chance to WIN a free weekend getaway.]]' },
    { name: 'still flagged on X, as a hint', text: '[[Our spring collection has arrived in store and online, with new colours for every room.]]', channel: 'x' },
  ],
});

test('offers to close with a question', () => {
  const [finding] = findingsOf(rule, { text: 'Our new export button sits at the top of Reports. It saves a few clicks every Monday.' });
  expect(finding?.suggestions[0]).toEqual({ kind: 'replace', label: 'Add "What do you think?"', replacement: 'It saves a few clicks every Monday. What do you think?' });
});

test('costs half on X, where a post often stands alone', () => {
  const text = 'Our spring collection has arrived in store and online, with new colours for every room.';
  const [email] = findingsOf(rule, { text, channel: 'email' });
  const [x] = findingsOf(rule, { text, channel: 'x' });
  expect(x!.points).toBeLessThan(email!.points);
});
