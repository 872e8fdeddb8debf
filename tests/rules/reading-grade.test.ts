import { expect, test } from 'vitest';
import rule from '../../src/core/rules/reading-grade.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

const HARD =
  'Additionally, our implementation methodology facilitates the transformation of your organization through individualized consultation regarding the functionality of your operations.';

ruleTester(rule, {
  good: [
    'Your report is ready. Open it, check the three numbers at the top, and tell me if anything looks off.',
    { name: 'too short to grade', text: 'Comprehensive organizational transformation.' },
    "Thanks for the call today. I'll send the notes tonight, and you can pick the slot that suits your team best.",
  ],
  bad: [
    { text: `[[${HARD}]]`, messageId: 'grade' },
    {
      name: 'underlines the hard sentence, not the easy one',
      text: 'Thanks for the call today. [[Our consultancy provides comprehensive organizational optimization, facilitating sustainable operational transformation across international subsidiaries.]]',
      channel: 'email',
    },
  ],
});

test('offers the sentence with short words swapped in, and names the long ones', () => {
  const [finding] = findingsOf(rule, { text: HARD });
  expect(finding?.suggestions[0]).toEqual({
    kind: 'replace',
    label: 'Use the short words',
    replacement: 'Also, our implementation method helps the transformation of your organization through individualized consultation about the features of your operations.',
  });
  expect(finding?.suggestions[1]?.label).toContain('"implementation"');
});
