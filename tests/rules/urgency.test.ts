import { expect, test } from 'vitest';
import rule from '../../src/core/rules/urgency.ts';
import { testDocsExamples } from './docsExamples.ts';
import { applySuggestion, findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Early-bird pricing ends on Friday 30 May at 17:00 CET; after that it is $49 a seat.',
    'Take your time: the guide stays free, and you can read it whenever suits you.',
    'We act on every piece of feedback, now that we have a proper inbox for it.',
    'The workshop has 40 seats and the recording goes to everyone who registers.',
    'Your trial ends in 14 days; here is how to export your data if you decide not to stay.',
  ],
  bad: [
    { text: '[[Act now!]] This [[limited time offer]] [[ends tonight]].', name: 'a pushy sentence is deleted whole, the rest flagged in place' },
    { text: "[[Don't miss out]] on our spring sale.", messageId: 'pressure' },
    { text: '[[Don’t wait.]] Prices go up for everyone in June.', name: 'curly apostrophes' },
    { text: '[[Hurry]], the early-bird price [[ends soon]].' },
    { text: '[[Last chance]] to grab a seat at our growth summit.', messageId: 'deadline' },
    { text: '[[Only 3 seats left]] for Thursday’s workshop.', messageId: 'scarcity' },
    { text: 'Sign up today. [[Time is running out.]]', name: 'a last sentence of pure pressure is flagged whole' },
    { text: 'Get 20% off everything, [[today only]].' },
    { text: "Congratulations! [[You've won]] a free iPhone, just reply with your address.", messageId: 'bait' },
    { text: 'Spots are [[extremely limited]] for the spring cohort.', messageId: 'scarcity' },
    { text: 'Tickets are [[almost sold out]] for Saturday.' },
  ],
});

testDocsExamples(rule);

test('deleting a sentence of pure pressure leaves clean text', () => {
  const text = 'Our spring guide is out. Act now! It covers pricing pages.';
  const [finding] = findingsOf(rule, { text });
  const fix = finding?.suggestions.find((s) => s.kind === 'replace');
  expect(fix?.kind === 'replace' && applySuggestion(text, finding!, fix.replacement)).toBe(
    'Our spring guide is out. It covers pricing pages.',
  );
});

test('scarcity costs half of pressure: it is sometimes a plain fact', () => {
  const scarcity = findingsOf(rule, { text: 'Only 3 seats left for the Berlin workshop on Thursday.' })[0];
  const pressure = findingsOf(rule, { text: 'Act now to book the Berlin workshop on Thursday.' })[0];
  expect(scarcity!.points).toBeLessThan(pressure!.points);
});
