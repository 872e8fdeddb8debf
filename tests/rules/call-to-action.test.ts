import { expect, test } from 'vitest';
import rule from '../../src/core/rules/call-to-action.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'The checklist is attached. Reply with "yes" if you want the template too.',
    'Here is the checklist we use for onboarding. Let me know which step you would cut.',
    { name: 'two asks are fine', text: 'Download the guide, then reply with your questions.' },
    { name: 'the same ask twice is one step', text: 'Book a call with me on Thursday. Or call me on Friday if that suits you better.' },
    { name: '"buy now" is left to the urgency rule', text: 'Shop now and save 20% on every rug in the spring range.' },
    { name: 'a question is an ask', text: 'We moved the export button to the top of Reports. Does that work for your team?' },
  ],
  bad: [
    { text: '[[Our spring collection has arrived in store and online, with new colours for every room.]]', messageId: 'noAsk' },
    { name: 'a noun is not an imperative', text: '[[Book club starts Monday at the library, and everyone brings one favourite novel to swap.]]', messageId: 'noAsk' },
    { text: '[[Book a demo now]] to see the dashboard.', messageId: 'hardAsk' },
    { text: '[[Sign up for free today]] and start saving.', messageId: 'hardAsk' },
    { text: 'Tired of slow internet? [[Switch to FiberMax today]] and feel the difference.', messageId: 'hardAsk' },
    { text: 'Download the guide. Follow us on LinkedIn. [[Book a call]] with our team. [[Share this]] with a friend.', messageId: 'tooMany' },
    { text: 'Download the guide. [[Follow us]] on LinkedIn.', options: { maxAsks: 1 } },
  ],
});

test('hard asks get a calmer replacement and an easier first step', () => {
  const [finding] = findingsOf(rule, { text: 'Book a demo now to see the dashboard.' });
  expect(finding?.suggestions[0]).toEqual({ kind: 'replace', label: 'Drop "now"', replacement: 'Book a demo' });
  expect(finding?.suggestions[1]?.label).toMatch(/Reply with one word/);
});

test('hard asks can be switched off', () => {
  expect(findingsOf(rule, { text: 'Book a demo now to see the dashboard.', options: { hardAsks: false } })).toEqual([]);
});

test('posts are told to invite comments, emails to ask for a reply', () => {
  const text = 'Our spring collection has arrived in store and online, with new colours for every room.';
  expect(findingsOf(rule, { text, channel: 'linkedin-post' })[0]?.suggestions[0]?.label).toMatch(/comments/);
  expect(findingsOf(rule, { text, channel: 'email' })[0]?.suggestions[0]?.label).toMatch(/Reply/);
});
