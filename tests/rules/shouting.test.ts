import { expect, test } from 'vitest';
import rule from '../../src/core/rules/shouting.ts';
import { testDocsExamples } from './docsExamples.ts';
import { findingsOf, ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Our SEO audit for B2B teams takes 20 minutes and the CEO summary fits on one page.',
    'Follow #MarketingTips for weekly ideas, or read the FAQ at www.ACME.com/FAQ.',
    'The API returns JSON, and the CRM sync runs every hour (UTC).',
    { text: 'The IF/HSC index is in the RMS_STAGE table; write to HOUSTON@ENRON if it moves.', name: 'codes joined by a slash, an underscore or an @' },
    'Part III of our GDPR series covers what your DPO needs from a vendor.',
    'I think the KPI that matters most for SMBs is churn.',
    'Hi Vince: the model is fine, and IBM and UBS sent theirs.',
  ],
  bad: [
    { text: '[[WE ARE THRILLED TO SHARE THIS WITH YOU!]]', messageId: 'sentence' },
    { text: 'This is [[NOT]] a sales email, I promise.', messageId: 'word' },
    { text: '[[FOR A LIMITED TIME ONLY]], get 50% off your first year.', name: 'a capitalised phrase is one finding' },
    { text: 'Get our [[FREE SEO AUDIT]] today.', name: 'acronyms inside a loud phrase' },
    { text: 'Our doors are open. [[BIG NEWS: WE ARE HIRING!]]' },
    { text: '[[HUGE]] savings on every plan this week.' },
  ],
});

testDocsExamples(rule);

test('the fix writes the sentence in sentence case and keeps acronyms', () => {
  const [finding] = findingsOf(rule, { text: 'OUR NEW SEO TOOL IS LIVE FOR ALL B2B TEAMS!' });
  expect(finding?.suggestions[0]).toEqual({
    kind: 'replace',
    label: 'Write it in sentence case',
    replacement: 'Our new SEO tool is live for all B2B teams!',
  });
});

test('a shouted phrase mid-sentence stays lower-case, at the start it is capitalised', () => {
  const replacementOf = (text: string) => findingsOf(rule, { text })[0]?.suggestions[0];
  expect(replacementOf('Get our FREE SEO AUDIT today.')).toMatchObject({ replacement: 'free SEO audit' });
  expect(replacementOf('FREE shipping on every order over $40.')).toMatchObject({ replacement: 'Free' });
});
