import { expect, test } from 'vitest';
import rule from '../../src/core/rules/generic-copy.ts';
import { testDocsExamples } from './docsExamples.ts';
import { applySuggestion, findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    { text: 'Since you ordered the Trail 40 in May, here is how to re-wax it before the autumn rain.', channel: 'email' },
    { text: 'Teams in fast-paced support queues answer 60 tickets a day; here is how two of them kept up.', channel: 'linkedin-post' },
    { text: 'We refunded the delayed order on Tuesday and added a tracking link to every parcel.', channel: 'email' },
  ],
  bad: [
    { text: "[[In today's fast-paced world]], teams need answers quickly.", channel: 'linkedin-post', messageId: 'setting' },
    { text: '[[In today’s digital age]], every brand is a media company.', name: 'curly apostrophe' },
    { text: 'Thanks for your order. [[We value your business.]]', channel: 'email', messageId: 'platitude' },
    { text: '[[Your satisfaction is our top priority]], so we are here for you.', channel: 'email' },
    { text: '[[As a valued customer]], you get early access to the sale.', channel: 'email', messageId: 'address' },
    { text: '[[Dear valued customer]], your statement is ready.', channel: 'email' },
    { text: 'Acme is your [[one-stop shop]] for office supplies.', channel: 'facebook' },
    { text: 'The office is closed on Monday. [[We appreciate your continued business]] and [[look forward to serving you]].', channel: 'email' },
    { text: 'We help [[businesses like yours]] reduce costs and increase efficiency.', channel: 'linkedin-message' },
  ],
});

testDocsExamples(rule);

test('a sentence that is only a platitude can be deleted cleanly', () => {
  const text = 'Thanks for your order. We value your business. Your parcel ships on Monday.';
  const [finding] = findingsOf(rule, { text, channel: 'email' });
  const fix = finding!.suggestions[0];
  expect(fix?.kind === 'replace' && applySuggestion(text, finding!, fix.replacement)).toBe(
    'Thanks for your order. Your parcel ships on Monday.',
  );
});
