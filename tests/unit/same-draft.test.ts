/**
 * The same text analysed again reuses its Draft and what the engine remembered about it
 * (nlp/draft.ts): that must never carry one analysis's settings into the next. Each report
 * must be exactly what an analysis with empty caches gives.
 */
import { expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { clearCaches } from '../../src/core/nlp/draft.ts';
import type { AnalyzeInput } from '../../src/core/types.ts';
import { marketingText } from '../bench/texts.ts';

const INPUTS: AnalyzeInput[] = [
  { channel: 'email' },
  { channel: 'email', settings: { words: { allow: ['award-winning', 'Pipeline Pro'], flag: ['weekly reporting'], brag: ['trusted'] } } },
  { channel: 'linkedin-post', settings: { rules: { 'self-praise': { enabled: false }, urgency: { severity: 'error' } } } },
  { channel: 'x', subject: 'Act now!!!', recipients: 40 },
  { channel: 'email', subject: 'Quick question about your reports', context: { sentToday: 4, sentThisWeek: 9, dailyLimit: 2 } },
];

test('the same text with other settings gets exactly what it gets with empty caches', () => {
  const texts = [marketingText(300, 11), marketingText(150, 12, 0.9), 'We are thrilled to announce our award-winning platform! Act now.'];
  for (const text of texts) {
    for (const input of INPUTS) {
      clearCaches();
      const fresh = analyze(text, input);
      for (const other of INPUTS) analyze(text, other); // the Draft and its caches are now warm from every input
      expect(analyze(text, input)).toEqual(fresh);
    }
  }
});
