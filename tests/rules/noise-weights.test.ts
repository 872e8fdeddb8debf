/**
 * The noise rules' weights, judged together: a typical broadcast draft must reach noise "high"
 * on every channel, and a calm dialogue draft must stay "low" (noise.ts: medium >= 30, high >= 60).
 */
import { expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import { AT_EVERYONE_REASON } from '../../src/core/noise.ts';
import { CHANNELS } from '../../src/core/types.ts';

const BROADCAST =
  'WE ARE THRILLED!!! Our award-winning, industry-leading platform is here. Act now! Limited time! 🚀🚀🚀 #sale #growth #marketing #b2b #saas #ai';
const CALM =
  'Hi Sam, you mentioned onboarding takes your team two weeks. Here is the checklist we used to cut it to three days: one owner, one shared doc, one call on day two. Which step takes longest for you?';

test.each(CHANNELS)('a broadcast draft is high noise on %s', (channel) => {
  const report = analyze(BROADCAST, { channel, subject: channel === 'email' ? 'Big news' : undefined });
  expect(report.noise.level).toBe('high');
});

test.each(CHANNELS)('a calm dialogue draft is low noise on %s', (channel) => {
  expect(analyze(CALM, { channel }).noise.level).toBe('low');
});

test('the noise reasons name what to calm down', () => {
  const { reasons } = analyze(BROADCAST, { channel: 'x' }).noise;
  for (const word of ['Self-praise', 'Urgency', 'Shouting', 'Exclamation', 'Emoji', 'Hashtag']) {
    expect(reasons.some((r) => r.includes(word)), word).toBe(true);
  }
});

// One kind of pushing alone is not noise in a reply; sent to everyone, the same push is an ad.
const PRICE = 'Our plans start at $19 a month for the whole team.';
const PRICE_IN_A_REPLY = 'Hi Dana, thanks for asking! Our plans start at $19 a month for the whole team. Would that work for you?';

test('the same push reads louder when nothing in the draft is written to one person', () => {
  const atEveryone = analyze(PRICE, { channel: 'email' }).noise;
  const inReply = analyze(PRICE_IN_A_REPLY, { channel: 'email' }).noise;
  expect(atEveryone.level).toBe('medium');
  expect(atEveryone.reasons).toContain(AT_EVERYONE_REASON);
  expect(inReply.level).toBe('low');
  expect(inReply.reasons).not.toContain(AT_EVERYONE_REASON);
});

test('a draft that pushes nothing gets no noise for talking to everyone', () => {
  const { score, reasons } = analyze('The office is closed on Monday for the holiday.', { channel: 'email' }).noise;
  expect(score).toBe(0);
  expect(reasons).not.toContain(AT_EVERYONE_REASON);
});

test('an email about the shop and its wares reads as noise; the same shop answering one person does not', () => {
  const mailing = analyze('We sell genuine replica watches at our online store, and we ship worldwide. Order online today.', { channel: 'email' });
  expect(mailing.noise.level).not.toBe('low');
  expect(mailing.noise.reasons.some((r) => r.startsWith('Shop copy'))).toBe(true);
  const reply = analyze('Hi Dana, thanks for asking! We sell the starter kit in blue as well. Would Friday work for a pickup?', { channel: 'email' });
  expect(reply.noise.level).toBe('low');
});

test('a price list is one push, however many prices it lists', () => {
  const list = analyze('Hello, these are the prices for the software you may need:\nWindows XP $65\nOffice 2003 $90\nPhotoshop CS $80\nAcrobat 6.0 $120\nIllustrator CS $90', { channel: 'email' });
  expect(list.findings.filter((f) => f.rule === 'price-pitch')).toHaveLength(1);
  expect(list.noise.level).not.toBe('low');
});
