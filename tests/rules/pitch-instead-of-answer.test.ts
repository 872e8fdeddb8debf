import { expect, test } from 'vitest';
import rule from '../../src/core/rules/pitch-instead-of-answer.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

const complaint = 'My invoice export keeps failing since the update. What changed in the export settings? Maria';

ruleTester(rule, {
  good: [
    { text: 'Hi Maria, the update moved the export settings under Billing. Once you switch the invoice format back, the export works; check out the help page if not.', replyTo: complaint, name: 'answers, then links' },
    { text: 'Book a demo today and see the new dashboard.', name: 'no message to answer: not a reply' },
    { text: 'Sorry to hear that, Maria. I will look into it today.', replyTo: complaint, name: 'off their words, but no pitch' },
  ],
  bad: [
    { text: 'Thanks for reaching out! [[Upgrade]] to Pro today and get 20% off.', replyTo: complaint, messageId: 'pitch' },
    { text: 'Great question. We have a webinar on Thursday: [[sign up]] here.', replyTo: complaint },
  ],
});

testDocsExamples(rule);

test('the pitch is judged against their topic: the same offer answering their question is fine', () => {
  const text = 'Sign up for the export plan: it adds invoice export back.';
  expect(findingsOf(rule, { text, replyTo: 'Is there a plan with invoice export?' })).toEqual([]);
  expect(findingsOf(rule, { text, replyTo: 'Could we move our call to Friday afternoon?' })).toHaveLength(1);
});
