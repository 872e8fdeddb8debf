import { expect, test } from 'vitest';
import rule from '../../src/core/rules/boilerplate.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    { text: 'Hi Priya, congrats on the Berlin launch. Could you send the Q3 figures by Friday? A rough cut is fine.', channel: 'email' },
    { text: 'I hope this helps you decide which plan fits your team.', channel: 'email' },
    { text: 'Reply with a time that suits you and I will send an invite.', channel: 'email' },
    { text: 'We check in with every new customer on day three to see what is confusing.', channel: 'email' },
  ],
  bad: [
    { text: 'Hi Tom, [[I hope this email finds you well]]. The venue is booked.', channel: 'email', messageId: 'opener' },
    { text: '[[I hope you’re doing well!]] The venue is booked for Thursday.', channel: 'email', name: 'a whole-sentence opener, curly apostrophe' },
    { text: 'Thanks for the call. [[Just checking in!]]', channel: 'email', messageId: 'chaser' },
    { text: '[[Just following up]] on the proposal I sent last week.', channel: 'email' },
    { text: '[[Per my last email]], the deadline is Friday.', channel: 'email', messageId: 'reproach' },
    { text: 'The report is attached. [[If you have any questions, please don’t hesitate to reach out.]]', channel: 'email', messageId: 'closer' },
    { text: '[[I wanted to reach out]] about the Q3 plan for your team.', channel: 'email', messageId: 'windup' },
    { text: 'Let’s find a time for [[touching base]] next week.', channel: 'linkedin-message' },
    { text: 'Hi Sarah, thanks for connecting! [[I wanted to introduce myself]]: I run partnerships at CloudNest.', channel: 'linkedin-message' },
    { text: 'Dark mode ships next month. [[Stay tuned!]]', channel: 'x', messageId: 'teaser' },
  ],
});

testDocsExamples(rule);

test('a stock closer sentence is replaced with one plain, easy step', () => {
  const text = 'The slides are attached. Please do not hesitate to contact me.';
  const [finding] = findingsOf(rule, { text, channel: 'email' });
  expect(text.slice(finding!.start, finding!.end)).toBe('Please do not hesitate to contact me.');
  expect(finding!.suggestions[0]).toEqual({
    kind: 'replace',
    label: 'Write "Questions? Just reply to this email."',
    replacement: 'Questions? Just reply to this email.',
  });
});

test('every finding names a specific alternative', () => {
  const text = 'I hope this email finds you well. Just checking in. Per my last email, the deadline is Friday.';
  for (const f of findingsOf(rule, { text, channel: 'email' })) {
    expect(f.suggestions.some((s) => s.kind === 'advice' && s.label.includes('"'))).toBe(true);
  }
});
