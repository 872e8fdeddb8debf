import { expect, test } from 'vitest';
import rule from '../../src/core/rules/long-sentence.ts';
import { evidenceOf, findingsOf, ruleTester } from './ruleTester.ts';

const LONG =
  'Our new reporting suite brings together every metric your marketing team tracks across email, social and paid channels into a single dashboard, and it updates automatically every hour so that nobody has to copy numbers into spreadsheets ever again.';
/** Exactly 30 words. */
const THIRTY = 'When you open the report on Monday you will see the three numbers that matter most at the top and a note from me on what changed since last week.';

ruleTester(rule, {
  good: [
    "Schedule the export on Friday. Your report is ready before Monday's meeting.",
    { name: 'exactly at the limit', text: THIRTY },
    {
      name: 'a colon list reads in parts',
      text: 'If that sounds familiar, try this: open Reports, click "Save as template", and set it to refresh every Monday at 8 a.m. so your numbers are waiting for you when you log in.',
    },
    { name: 'links are not words', text: `${THIRTY.slice(0, -1)} https://example.com/reports/weekly/summary?team=growth.` },
  ],
  bad: [
    { text: `[[${LONG}]]`, messageId: 'long' },
    { text: 'The export is ready. [[We can start with the export in the spring and review all of it with the finance team.]]', options: { maxWords: 10 } },
  ],
});

test('offers a split at the joint nearest the middle', () => {
  const [finding] = findingsOf(rule, { text: LONG });
  expect(finding?.suggestions[0]).toEqual({
    kind: 'replace',
    label: 'Split into two sentences',
    replacement:
      'Our new reporting suite brings together every metric your marketing team tracks across email, social and paid channels into a single dashboard. It updates automatically every hour so that nobody has to copy numbers into spreadsheets ever again.',
  });
});

test('costs more the longer the sentence', () => {
  const [longer] = evidenceOf(rule, { text: LONG, options: { maxWords: 12 } });
  const [shorter] = evidenceOf(rule, { text: LONG, options: { maxWords: 30 } });
  expect(longer!).toBeGreaterThan(shorter!);
});
