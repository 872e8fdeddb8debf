import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import { fingerprint, similarity } from '../../src/core/history/fingerprint.ts';
import rule from '../../src/core/rules/canned-copy.ts';
import type { Channel, SendContext } from '../../src/core/types.ts';
import { testDocsExamples } from './docsExamples.ts';

const POST = 'Our spring release is live: a new scheduler, side-by-side channels and cleaner exports for your weekly reports.';
// Noon UTC: the same calendar day in every time zone from UTC-11 to UTC+11, so the test is deterministic.
const NOV_12 = Date.UTC(2025, 10, 12, 12);

function cannedOf(context: SendContext | undefined, text = POST, channel: Channel = 'linkedin-post') {
  const report = analyze(text, { channel, ...(context ? { context } : {}) });
  return { report, findings: report.findings.filter((f) => f.rule === rule.id) };
}
const near = (value: number, on: Channel = 'linkedin-post') => ({ nearestDuplicate: { similarity: value, sentAt: NOV_12, channel: on } });

describe('canned-copy', () => {
  test('is silent without history, or when nothing sent is similar', () => {
    expect(cannedOf(undefined).findings).toEqual([]);
    expect(cannedOf({ nearestDuplicate: null }).findings).toEqual([]);
    expect(cannedOf(near(0.79)).findings).toEqual([]);
  });

  test('says how similar, to what, where and when', () => {
    const { report, findings } = cannedOf(near(0.9));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('This is 90% the same as the post you sent on LinkedIn on 12 Nov.');
    expect([findings[0]!.start, findings[0]!.end]).toEqual([0, 0]);
    expect(findings[0]!.suggestions.length).toBeGreaterThan(0);
    expect(report.noise.reasons).toContain('This is 90% the same as the post you sent on LinkedIn on 12 Nov.');
  });

  test('an exact repeat says "the same", and other channels name themselves', () => {
    expect(cannedOf(near(1, 'email')).findings[0]!.message).toBe('This is the same as the email you sent on 12 Nov.');
    expect(cannedOf(near(0.85, 'x')).findings[0]!.message).toBe('This is 85% the same as the post you sent on X on 12 Nov.');
  });

  test('the user\'s threshold wins over the default', () => {
    expect(cannedOf({ ...near(0.85), duplicateThreshold: 0.9 }).findings).toEqual([]);
    expect(cannedOf({ ...near(0.7), duplicateThreshold: 0.6 }).findings).toHaveLength(1);
  });

  test('short drafts may repeat ("Thanks, see you on Monday")', () => {
    expect(cannedOf(near(1), 'Thanks, see you on Monday then.').findings).toEqual([]);
    const settings = { rules: { 'canned-copy': { options: { minWords: 3 } } } };
    const report = analyze('Thanks, see you on Monday then.', { channel: 'email', context: near(1), settings });
    expect(report.findings.filter((f) => f.rule === rule.id)).toHaveLength(1);
  });

  test('end to end with real fingerprints: the same template to another person', () => {
    const sent = 'Hi Anna, I loved your talk at Northwind on onboarding emails. Would you be open to a 15-minute call next week about how we could help your team?';
    const draft = 'Hi Ben, I loved your talk at Contoso on onboarding emails. Would you be open to a 20-minute call next week about how we could help your team?';
    const value = similarity(fingerprint(sent), fingerprint(draft));
    const { findings } = cannedOf({ nearestDuplicate: { similarity: value, sentAt: NOV_12, channel: 'email' } }, draft, 'email');
    expect(findings[0]!.message).toMatch(/the email you sent on 12 Nov/);
  });
});

testDocsExamples(rule);
