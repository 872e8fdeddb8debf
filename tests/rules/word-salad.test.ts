import { expect, test } from 'vitest';
import rule from '../../src/core/rules/word-salad.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

const SALAD = 'Hear, country she land might decimal. Stick teach listen spell let. Town picture yes no. Blow, was crop sing. Cloud operate day. Vowel engine job big.';

ruleTester(rule, {
  good: [
    'Thanks for the notes. I moved the call to Friday and sent the deck. Let me know if that works.',
    { text: 'Agenda:\nBudget review\nHiring plan\nQ3 targets\nOpen questions', name: 'a list of headings: capitals and digits' },
    { text: 'Great photo! Love it. Congrats again!', name: 'short cheers carry no three-word salad' },
    { text: 'Vince Kaminski\nEnron Research Group\nHouston, Texas 77002', name: 'a signature block' },
    { text: 'Blow, was crop sing. Cloud operate day.', name: 'two lines of it are not yet filler' },
    { text: 'The antidisestablishmentarianism debate and #internationalmothertongueday at example.com/averyveryverylongpathnamewithnoend', name: 'long words, hashtags and links' },
  ],
  bad: [
    { text: `Hello,\n\n[[Behind, electric sing knew.]] Mother sudden sun window, turn this death. Metal exact part heavy science. Oh summer brother.`, messageId: 'salad' },
    { text: 'Your woman needs an 8 inch man.\n[[iconoclasmdinahtaxiwaynouveausacrament]].\nGB International Exports Ltd', messageId: 'glued', name: 'words glued into one string' },
    { text: `Dear friend,\n[[Stick teach listen spell let.]] Cloud operate day. Idea depend need very down, so. Wind, radio mean east.`, name: 'salad after a greeting' },
  ],
});

testDocsExamples(rule);

test('one finding per draft, counting the sentences of salad', () => {
  const found = findingsOf(rule, { text: SALAD });
  expect(found.length).toBe(1);
  expect(found[0]!.message).toMatch(/^\d+ sentences of random words/);
});
