/** analyze(text, { replyTo }): the exchange decides answers-them, and a reply is not a mass message. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import { theirMessage } from '../../src/core/reply/their-message.ts';

const ids = (list: readonly { id?: string; rule?: string }[]): string[] => list.map((x) => x.id ?? x.rule!);

describe('answers-them with the message answered', () => {
  const their = 'Could you send me the revised contract for the Harper warehouse before Friday?';

  test('a reply that takes up their words shows it, from the exchange', () => {
    const report = analyze('The revised Harper warehouse contract is attached; I changed the dates.', { channel: 'email', replyTo: { text: their } });
    expect(ids(report.strengths)).toContain('answers-them');
    expect(ids(report.findings)).not.toContain('unanswered-question');
  });

  test('a text-only sign ("let me know") does not count when the exchange says the reply ignores them', () => {
    const text = 'Our autumn catalogue is out now. Let me know what you think of the new range.';
    expect(ids(analyze(text, { channel: 'email' }).strengths)).toContain('answers-them');
    expect(ids(analyze(text, { channel: 'email', replyTo: { text: their } }).strengths)).not.toContain('answers-them');
  });

  test('without replyTo, or with an empty one, the report is the text-only report', () => {
    const text = 'Our autumn catalogue is out now. Let me know what you think of the new range.';
    expect(analyze(text, { channel: 'email', replyTo: { text: '  ' } })).toEqual(analyze(text, { channel: 'email' }));
  });
});

describe('one-to-many and replies', () => {
  test('a reply is written to the person it answers: no broadcast baseline', () => {
    const text = 'The shipment left the warehouse this morning and should arrive on Thursday.';
    expect(ids(analyze(text, { channel: 'email' }).findings)).toContain('one-to-many');
    expect(ids(analyze(text, { channel: 'email', replyTo: { text: 'When will the shipment arrive?' } }).findings)).not.toContain('one-to-many');
  });
});

describe('their message is read once per text', () => {
  test('the same text gives the same parse; the reply is what is analysed again', () => {
    expect(theirMessage('Is the shipment on time?')).toBe(theirMessage('Is the shipment on time?'));
    expect(theirMessage('Is the shipment on time?').questions.map((q) => q.text)).toEqual(['Is the shipment on time?']);
  });

  test('a request without a question mark counts as something they asked', () => {
    expect(theirMessage('Thanks for the call. Please send the slides to Maria.').questions.map((q) => q.text)).toEqual(['Please send the slides to Maria.']);
  });
});
