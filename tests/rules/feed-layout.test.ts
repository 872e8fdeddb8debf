import { expect, test } from 'vitest';
import rule from '../../src/core/rules/feed-layout.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

const LIST = 'Our end-of-summer bucket list:\n\nBrisk it all for a melt\nGet Super Slammed\nRepeat';

ruleTester(rule, {
  good: [
    { text: 'So sorry about the wait, Sam. Could you DM us your order number so we can look into it?', channel: 'x' },
    { text: 'Hi Sam,\n\nthe notes from Tuesday are below.\n\nBest, Ana', channel: 'email', name: 'an email has paragraphs' },
    { text: 'Three things we learned:\n\n1. Ask first.\n2. Listen.', channel: 'linkedin-post', name: 'only on X, where the data speaks' },
    { text: 'one line on X, with a trailing break\n', channel: 'x' },
  ],
  bad: [
    { text: 'Leaving cookies out for Santa = a bribe\n[[Leaving pancakes out for Santa = also a bribe]]', channel: 'x', messageId: 'layout' },
    { text: "What is a word you love to say?\n\n[[We'll start: 'timberdoodle.']]", channel: 'x' },
  ],
});

testDocsExamples(rule);

test('one finding per post, however many lines, naming how many', () => {
  const found = findingsOf(rule, { text: LIST, channel: 'x' });
  expect(found.length).toBe(1);
  expect(found[0]!.message).toContain('4 lines');
});
