import { expect, test } from 'vitest';
import rule from '../../src/core/rules/sales-hook-question.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    { name: 'a real invitation', text: 'Want to grab 15 minutes on Thursday to go through your export settings?' },
    'What slows your Monday report down the most?',
    "Ready for Friday's call? I'll send the agenda tonight.",
    'Did the export work for you?',
  ],
  bad: [
    { text: '[[Ready to 10x your pipeline?]] Our AI SDR books meetings while you sleep.', messageId: 'hook' },
    '[[Tired of chasing late invoices?]] Invoicer sends the reminders for you.',
    '[[Did you know that 40% of invoices are paid late?]] Here is how to fix it.',
    '[[Want to double your sales in 30 days?]] Book a demo.',
    { name: 'a hook without a question mark', text: '[[What if I told you that you could cut reporting to 10 minutes.]]' },
    '[[Guess what?]] Our new app is live.',
    'Hi Sam, [[struggling to keep up with your inbox?]] Here is a filter that helped me.',
    '[[Do you want lightning-fast speeds for your home or business?]] Switch to FiberMax.',
    '[[What if you could close twice as many deals in half the time?]] Our platform shows you how.',
  ],
});

const replacementFor = (text: string): string | undefined => {
  const s = findingsOf(rule, { text })[0]?.suggestions.find((x) => x.kind === 'replace');
  return s?.kind === 'replace' ? s.replacement : undefined;
};

test('turns hooks into statements or real questions', () => {
  expect(replacementFor('Did you know that 40% of invoices are paid late? Here is how.')).toBe('40% of invoices are paid late.');
  expect(replacementFor('Tired of chasing late invoices? We can help.')).toBe('What is the hardest part of chasing late invoices for you?');
  expect(replacementFor('Struggling to keep up with your inbox? Try this.')).toBe('What makes it hard to keep up with your inbox?');
});

test('suggests a real question about the thing the hook promises', () => {
  const [finding] = findingsOf(rule, { text: 'Ready to 10x your pipeline?' });
  expect(finding?.suggestions).toEqual([{ kind: 'advice', label: 'Ask what you really want to know, e.g. "What is holding your pipeline back right now?"' }]);
});
