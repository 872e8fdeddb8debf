import { expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import rule from '../../src/core/rules/channel-length.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

const words = (n: number): string =>
  Array.from({ length: n }, (_, i) => ['Our', 'team', 'tested', 'ten', 'subject', 'lines', 'last', 'month', 'with', 'you'][i % 10]).join(' ') + '.';
const LONG_X =
  'We shipped a new scheduler today and it is fast. '.repeat(5) + 'It syncs with your calendar. It exports to CSV. It has a dark mode.';

ruleTester(rule, {
  good: [
    { text: 'What is the one report you would stop writing tomorrow if you could?', channel: 'x' },
    { text: 'Which Monday meeting would you cancel first?', channel: 'facebook' },
    { text: words(80), channel: 'email', name: 'an 80-word email' },
    { text: words(300), channel: 'generic', name: 'no targets for a generic text box' },
  ],
  bad: [
    { text: LONG_X.slice(0, 280) + '[[' + LONG_X.slice(280) + ']]', channel: 'x', messageId: 'overLimit', name: 'past 280 on X: the overflow is marked' },
    { text: 'Our spring release is here, with a new scheduler, side-by-side channels and cleaner exports for every plan.', channel: 'x', messageId: 'overBest' },
    { text: 'Spring menu is live: try the wild garlic risotto, the new lemon tart and our sourdough.', channel: 'facebook', messageId: 'overBest' },
    { text: 'Hi Sam, are we still on?', channel: 'email', messageId: 'tooShort' },
    { text: words(30), channel: 'email', messageId: 'short', name: 'a 30-word email' },
    { text: words(200), channel: 'email', messageId: 'long', name: 'a 200-word email' },
    { text: words(160), channel: 'linkedin-message', messageId: 'long', name: 'a 160-word LinkedIn message' },
  ],
});

testDocsExamples(rule);

test('over the hard limit costs more than past the best length', () => {
  const over = findingsOf(rule, { text: LONG_X, channel: 'x' })[0]!;
  const best = findingsOf(rule, { text: LONG_X.slice(0, 200), channel: 'x' })[0]!;
  expect(over.points).toBeGreaterThan(best.points);
});

test('limits follow the channel settings', () => {
  const text = 'Our spring release is here, with a new scheduler, side-by-side channels and cleaner exports.';
  const report = analyze(text, { channel: 'x', settings: { channels: { x: { bestMaxChars: 0 } } } });
  expect(report.findings.filter((f) => f.rule === rule.id)).toEqual([]);
});
