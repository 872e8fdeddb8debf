import { expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import rule from '../../src/core/rules/linkedin-fold.ts';
import { testDocsExamples } from './docsExamples.ts';
import { evidenceOf, ruleTester } from './ruleTester.ts';

const RAMBLING =
  'When we started this company we had no idea that the hardest part of building a scheduling product for small teams would not be the calendar math, the integrations or the pricing, but getting people to trust a tool with their week.';

ruleTester(rule, {
  good: [
    { text: 'Most onboarding emails get skimmed in 11 seconds.\n\nWe rewrote ours around one question, and replies tripled. Here is the question.', channel: 'linkedin-post' },
    { text: 'What would you cut from your Monday?\n\n' + RAMBLING, channel: 'linkedin-post', name: 'a short hook, then a long sentence' },
    { text: RAMBLING, channel: 'x', name: 'only LinkedIn posts have this fold' },
    { text: 'I am excited to hear how your team plans Q3: what is on the list?', channel: 'linkedin-post', name: '"I am excited to hear" opens a question, not news' },
  ],
  bad: [
    { text: '[[' + RAMBLING + ']]\n\nHere is what we learned.', channel: 'linkedin-post', messageId: 'lateHook' },
    { text: "[[We're thrilled]] to announce our new scheduler.", channel: 'linkedin-post', messageId: 'broadcastHook' },
    { text: '🚀 [[Big news]]: our scheduler is live for every plan.', channel: 'linkedin-post', name: 'an emoji before the opener' },
    { text: '[[Introducing]] Acme Boards, a calmer way to plan your week.', channel: 'linkedin-post' },
  ],
});

testDocsExamples(rule);

test('a broadcast opener costs half a late hook: both matter, the cut-off more', () => {
  // Evidence, not points: points are rounded to a tenth, and the fit may make both small.
  const [late] = evidenceOf(rule, { text: RAMBLING, channel: 'linkedin-post' });
  const [broadcast] = evidenceOf(rule, { text: 'Big news: our scheduler is live for every plan.', channel: 'linkedin-post' });
  expect(broadcast! * 2).toBeCloseTo(late!, 5);
});

test('the fold follows the channel setting', () => {
  const text = 'Most onboarding emails get skimmed in eleven seconds, and ours were no exception.';
  const at = (foldChars: number) =>
    analyze(text, { channel: 'linkedin-post', settings: { channels: { 'linkedin-post': { foldChars } } } }).findings.filter((f) => f.rule === rule.id);
  expect(at(210)).toEqual([]);
  expect(at(40).map((f) => f.messageId)).toEqual(['lateHook']);
  expect(at(0)).toEqual([]);
});
