/**
 * One analysis per keystroke yields both views (core/analyze.ts analyzeViews): the user's,
 * with the send history, and the page's, which must be exactly what the draft alone gets —
 * the page may never learn anything from the send history, not even through a score.
 */
import { describe, expect, test } from 'vitest';
import { analyze, analyzeViews } from '../../src/core/analyze.ts';
import { SEND_HISTORY_RULES } from '../../src/core/rules/index.ts';
import { RULES } from '../../src/core/rules/index.ts';
import type { Channel, SendContext } from '../../src/core/types.ts';

const REPEAT: SendContext = { sentToday: 3, sentThisWeek: 9, dailyLimit: 2, nearestDuplicate: { similarity: 0.95, sentAt: Date.UTC(2026, 10, 12, 12), channel: 'linkedin-post' } };
const QUIET: SendContext = { sentToday: 0, sentThisWeek: 1, dailyLimit: 5 };

/** Every docs example of every rule, each with the history that would make a history rule speak. */
const cases: { text: string; channel?: Channel; context: SendContext }[] = RULES.flatMap((rule) =>
  [...rule.docs.bad, ...rule.docs.good].flatMap((ex) => {
    const { text, channel, context } = typeof ex === 'string' ? { text: ex, channel: undefined, context: undefined } : ex;
    return [context, REPEAT, QUIET].filter((c): c is SendContext => c !== undefined).map((c) => ({ text, channel, context: c }));
  }),
);

describe('analyzeViews', () => {
  test('the draft-alone view is exactly analyze() without the send history; the other is analyze() with it', () => {
    let withHistoryFindings = 0;
    for (const { text, channel, context } of cases) {
      const views = analyzeViews(text, { channel, context });
      expect(views.draftAlone).toEqual(analyze(text, { channel }));
      expect(views.withHistory).toEqual(analyze(text, { channel, context }));
      if (views.withHistory.findings.some((f) => SEND_HISTORY_RULES.has(f.rule))) withHistoryFindings++;
    }
    expect(withHistoryFindings).toBeGreaterThan(20); // the dropping and re-scoring path ran, often
  }, 60_000);

  test('the draft-alone view shares no finding object with the user’s (points differ between them)', () => {
    const text = 'We are thrilled to announce our spring release. Act now, this offer ends Friday!!!';
    const views = analyzeViews(text, { channel: 'linkedin-post', context: REPEAT });
    expect(views.withHistory.score).not.toBe(views.draftAlone.score);
    for (const f of views.draftAlone.findings) expect(views.withHistory.findings).not.toContain(f);
  });
});
