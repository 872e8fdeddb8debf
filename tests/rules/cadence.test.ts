import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import rule from '../../src/core/rules/cadence.ts';
import type { Channel, SendContext } from '../../src/core/types.ts';
import { testDocsExamples } from './docsExamples.ts';

const POST = 'What is the one report you would drop from your week if you could? Mine is the Monday status deck.';

function cadenceOf(context: SendContext | undefined, channel: Channel = 'linkedin-post', text = POST) {
  const report = analyze(text, { channel, ...(context ? { context } : {}) });
  return { report, findings: report.findings.filter((f) => f.rule === rule.id) };
}

describe('cadence', () => {
  test('is silent without a send history (library use, or history turned off)', () => {
    expect(cadenceOf(undefined).findings).toEqual([]);
    expect(cadenceOf({}).findings).toEqual([]);
  });

  test('is silent under the limit', () => {
    expect(cadenceOf({ sentToday: 1, dailyLimit: 2 }).findings).toEqual([]);
  });

  test('the third LinkedIn post of the day, with the default limit of 2', () => {
    const { report, findings } = cadenceOf({ sentToday: 2 });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.messageId).toBe('channel');
    expect(findings[0]!.message).toMatch(/^Your 3rd LinkedIn post today/);
    expect(findings[0]!.suggestions.length).toBeGreaterThan(0);
    // The popup's noise reason reads as a sentence about this send.
    expect(report.noise.reasons[0]).toMatch(/^Your 3rd LinkedIn post today/);
    expect(report.noise.score).toBeGreaterThan(cadenceOf({ sentToday: 1 }).report.noise.score);
  });

  test('underlines nothing: the send is the problem, not a word', () => {
    const [finding] = cadenceOf({ sentToday: 2 }).findings;
    expect([finding!.start, finding!.end]).toEqual([0, 0]);
  });

  test('the user\'s limit wins over the default, per channel', () => {
    expect(cadenceOf({ sentToday: 2, dailyLimit: 4 }).findings).toEqual([]);
    expect(cadenceOf({ sentToday: 4, dailyLimit: 4 }).findings[0]!.message).toMatch(/^Your 5th LinkedIn post today: more than the 4 a day/);
    expect(cadenceOf({ sentToday: 5 }, 'x').findings[0]!.message).toMatch(/^Your 6th post on X today/);
    expect(cadenceOf({ sentToday: 20 }, 'email').findings[0]!.message).toMatch(/^Your 21st email today/);
  });

  test('a limit of 0 means no limit', () => {
    expect(cadenceOf({ sentToday: 50, dailyLimit: 0 }).findings).toEqual([]);
    expect(cadenceOf({ sentToday: 50 }, 'generic').findings).toEqual([]);
  });

  test('costs more the further past the limit', () => {
    const points = (sentToday: number) => cadenceOf({ sentToday }, 'x').findings[0]!.points;
    expect(points(7)).toBeGreaterThan(points(5));
  });

  describe('emails to one recipient domain', () => {
    const EMAIL = 'Hi Sam, could you send me the signed order form by Thursday? Then we can book the kickoff call.';
    test('the second email to acme.com today', () => {
      const found = cadenceOf({ sentToday: 3, busiestDomain: { domain: 'acme.com', sentToday: 1, limit: 1 } }, 'email', EMAIL).findings;
      expect(found.map((f) => f.messageId)).toEqual(['domain']);
      expect(found[0]!.message).toMatch(/^Your 2nd email to acme\.com today/);
    });
    test('under the per-domain limit, or limit 0', () => {
      expect(cadenceOf({ busiestDomain: { domain: 'acme.com', sentToday: 1, limit: 2 } }, 'email', EMAIL).findings).toEqual([]);
      expect(cadenceOf({ busiestDomain: { domain: 'acme.com', sentToday: 9, limit: 0 } }, 'email', EMAIL).findings).toEqual([]);
    });
    test('only email counts recipient domains', () => {
      expect(cadenceOf({ busiestDomain: { domain: 'acme.com', sentToday: 3, limit: 1 } }, 'linkedin-message', EMAIL).findings).toEqual([]);
    });
  });
});

testDocsExamples(rule);
