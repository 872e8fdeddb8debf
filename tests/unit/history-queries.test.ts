import { describe, expect, test } from 'vitest';
import { contextOf, emptyContext, historyOf } from '../../src/background/history-queries.ts';
import { toNewSend } from '../../src/background/history-input.ts';
import type { HistoryEntry } from '../../src/background/history-codec.ts';
import { fingerprint } from '../../src/core/history/fingerprint.ts';
import type { Channel } from '../../src/core/types.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 15:00 local time, whatever the machine's time zone: "today" started 15 hours ago.
const NOW = new Date(2025, 10, 20, 15).getTime();
const MEMORY = DEFAULT_SETTINGS.memory;

const LAUNCH = 'Our spring release is live: a new scheduler, side-by-side channels and cleaner exports for your weekly reports.';
const OTHER = 'Quick question about the conference next month: is the Tuesday workshop open to people outside the partner programme?';

const entry = (at: number, channel: Channel, text = OTHER): HistoryEntry => ({ channel, site: 'example.com', at, words: 10, fingerprint: fingerprint(text) });

describe('contextOf', () => {
  test('counts today by the local calendar day, and the week as the last 7 days', () => {
    const log = [
      entry(NOW - 16 * HOUR, 'linkedin-post'), // yesterday 23:00
      entry(NOW - 14 * HOUR, 'linkedin-post'), // today 01:00
      entry(NOW - HOUR, 'linkedin-post'),
      entry(NOW - HOUR, 'x'),
      entry(NOW - 8 * DAY, 'linkedin-post'),
    ];
    const ctx = contextOf(log, [], { channel: 'linkedin-post', fingerprint: fingerprint(LAUNCH) }, MEMORY, NOW);
    expect(ctx.sentToday).toBe(2);
    expect(ctx.sentThisWeek).toBe(3);
    expect(ctx.weekByChannel).toEqual({ 'linkedin-post': 3, x: 1 });
    expect(ctx.dailyLimit).toBe(MEMORY.dailyLimits['linkedin-post']);
    expect(ctx.duplicateThreshold).toBe(MEMORY.similarity / 100);
  });

  test('finds the most similar send of the last 30 days, on any channel', () => {
    const log = [entry(NOW - 40 * DAY, 'email', LAUNCH), entry(NOW - 3 * DAY, 'x', `${LAUNCH} Thoughts?`), entry(NOW - DAY, 'email')];
    const ctx = contextOf(log, [], { channel: 'linkedin-post', fingerprint: fingerprint(LAUNCH) }, MEMORY, NOW);
    expect(ctx.nearestDuplicate?.channel).toBe('x');
    expect(ctx.nearestDuplicate?.sentAt).toBe(NOW - 3 * DAY);
    expect(ctx.nearestDuplicate?.similarity).toBeGreaterThan(0.8);
  });

  test('an exact repeat older than 30 days is fair game', () => {
    const ctx = contextOf([entry(NOW - 31 * DAY, 'x', LAUNCH)], [], { channel: 'x', fingerprint: fingerprint(LAUNCH) }, MEMORY, NOW);
    expect(ctx.nearestDuplicate).toBeNull();
  });

  test('the busiest recipient company today, for email only', () => {
    const domains = [
      { at: NOW - HOUR, domains: ['acme.com'] },
      { at: NOW - 2 * HOUR, domains: ['acme.com', 'contoso.com'] },
      { at: NOW - 20 * HOUR, domains: ['contoso.com'] }, // yesterday
    ];
    const draft = { channel: 'email' as const, fingerprint: [], domains: ['contoso.com', 'acme.com'] };
    expect(contextOf([], domains, draft, MEMORY, NOW).busiestDomain).toEqual({ domain: 'acme.com', sentToday: 2, limit: MEMORY.perDomainDaily });
    expect(contextOf([], domains, { ...draft, channel: 'linkedin-message' }, MEMORY, NOW).busiestDomain).toBeNull();
  });

  test('the user\'s limits and threshold are passed on', () => {
    const memory = { ...MEMORY, dailyLimits: { ...MEMORY.dailyLimits, x: 9 }, similarity: 90 };
    const ctx = contextOf([], [], { channel: 'x', fingerprint: [] }, memory, NOW);
    expect([ctx.dailyLimit, ctx.duplicateThreshold]).toEqual([9, 0.9]);
  });

  test('nothing known: zero counts, no duplicate', () => {
    expect(emptyContext('email', MEMORY)).toMatchObject({ sentToday: 0, sentThisWeek: 0, weekByChannel: {}, nearestDuplicate: null, busiestDomain: null });
  });
});

describe('historyOf', () => {
  test('lists when, where and how long, newest first, and nothing else', () => {
    const history = historyOf([entry(NOW - DAY, 'x'), entry(NOW, 'email')], true);
    expect(history.sends).toEqual([
      { at: NOW, channel: 'email', site: 'example.com', words: 10 },
      { at: NOW - DAY, channel: 'x', site: 'example.com', words: 10 },
    ]);
  });
});

describe('toNewSend', () => {
  const valid = { channel: 'email' as const, site: 'mail.google.com', at: NOW - 1, words: 42, fingerprint: fingerprint(LAUNCH), domains: ['acme.com'] };
  test('accepts a well-formed send', () => {
    expect(toNewSend(valid, NOW)).toEqual(valid);
  });
  test('refuses an unknown channel', () => {
    expect(toNewSend({ ...valid, channel: 'fax' as Channel }, NOW)).toBeNull();
  });
  test('keeps organisation domains only, and only for email', () => {
    expect(toNewSend({ ...valid, domains: ['gmail.com', 'ACME.com', 'acme.com', 'not a domain'] }, NOW)?.domains).toEqual(['acme.com']);
    expect(toNewSend({ ...valid, channel: 'x' }, NOW)?.domains).toEqual([]);
  });
  test('a send from the future is dated now; a broken fingerprint is dropped, the send still counts', () => {
    const fixed = toNewSend({ ...valid, at: NOW + DAY, fingerprint: [1, 2, 3] }, NOW);
    expect(fixed?.at).toBe(NOW);
    expect(fixed?.fingerprint).toEqual([]);
  });
});
