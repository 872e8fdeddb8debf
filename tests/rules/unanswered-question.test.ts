import { expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import rule from '../../src/core/rules/unanswered-question.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

const asks = 'Hi, thanks for the quote. [[Does the price include installation?]] Regards, Tom';

ruleTester(rule, {
  good: [
    { text: 'Hi Tom, yes, installation is included in the price.', replyTo: asks.replace(/\[\[|\]\]/g, ''), name: 'a yes to a yes/no question' },
    { text: 'Tom, the installation is part of the price, and we can fit it on Monday.', replyTo: asks.replace(/\[\[|\]\]/g, ''), name: 'takes up their words' },
    { text: 'Let me check with the fitters and get back to you today.', replyTo: asks.replace(/\[\[|\]\]/g, ''), name: 'promises to find out' },
    { text: 'Great to hear from you, see you at the fair next week.', replyTo: 'Thanks for the catalogue, it looks great.', name: 'they asked nothing' },
    { text: 'Our spring range is out now: fresh colours and new fabrics.', name: 'no message to answer' },
  ],
  bad: [
    { text: 'Thanks for writing. Our spring range is out now with fresh colours and new fabrics.', replyTo: asks, messageId: 'open' },
    {
      text: 'Good to hear from you. We are at the fair all week.',
      replyTo: '[[Can you send the invoice to accounts?]] [[Also, when does the warranty start?]]',
      name: 'two questions, both left open',
    },
  ],
});

testDocsExamples(rule);

test('it quotes their question, as text, and points into their message', () => {
  const replyTo = 'Does the price include installation? <b>Tom</b>';
  const report = analyze('Thanks. Our spring range is out now with fresh colours and new fabrics.', { replyTo: { text: replyTo } });
  const [finding] = report.findings.filter((f) => f.rule === rule.id);
  expect(finding!.field).toBe('replyTo');
  expect(replyTo.slice(finding!.start, finding!.end)).toBe('Does the price include installation?');
  expect(finding!.message).toContain('"Does the price include installation?"');
  expect(finding!.suggestions[0]).toEqual({ kind: 'advice', label: 'Answer their question first: "Does the price include installation?"' });
});

test('a reply that takes up their question loses the finding', () => {
  const replyTo = 'Does the price include installation?';
  expect(findingsOf(rule, { text: 'Thanks for writing. We are at the fair all week.', replyTo })).toHaveLength(1);
  expect(findingsOf(rule, { text: 'Thanks for writing. Installation is in the price.', replyTo })).toEqual([]);
});

test('it costs points: an ignored question lowers the score', () => {
  const text = 'Thanks for writing. We are at the fair all week with the new range.';
  const ignored = analyze(text, { channel: 'email', replyTo: { text: 'Does the price include installation?' } });
  const nothingAsked = analyze(text, { channel: 'email', replyTo: { text: 'The fair was great, thanks for the range.' } });
  expect(ignored.score!).toBeLessThan(nothingAsked.score!);
});
