import { expect, test } from 'vitest';
import rule from '../../src/core/rules/exclamations.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Thanks for the quick reply! The slides are attached, and the recording follows on Monday.',
    'See https://example.com/#!/pricing for the old plans.',
    'What changed in your Q3 numbers? We saw churn drop by 4 points.',
    { text: 'Congrats on the launch! Great work! Thanks again!', options: { maxPerDraft: 3 } },
  ],
  bad: [
    { text: 'Big news[[!!!]] Our spring sale is live.', messageId: 'run' },
    { text: 'Huge update! New dashboard[[!]] Faster exports[[!]]', messageId: 'tooMany' },
    { text: 'Wow[[!!]] Thanks so much[[!]]', name: 'a run uses up the allowance' },
    { text: 'Ready[[?!!]] The doors open at 9.' },
    { text: 'You did it[[!]]', options: { maxPerDraft: 0 } },
  ],
});

testDocsExamples(rule);

test('"?!" keeps its question mark; "!!!" becomes a full stop', () => {
  const [run] = findingsOf(rule, { text: 'Our spring sale is live!!! Come and see.' });
  expect(run?.suggestions[0]).toMatchObject({ kind: 'replace', replacement: '.' });
  const excess = findingsOf(rule, { text: 'Great session! Did you see the numbers?! They doubled.' });
  expect(excess.map((f) => f.suggestions[0])).toEqual([{ kind: 'replace', label: 'Drop the "!"', replacement: '' }]);
});
