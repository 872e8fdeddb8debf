import rule from '../../src/core/rules/money-pitch.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'The trading desk reviewed the investment; income and profit per region are in the attached model.',
    'Thanks for the quick reply: I moved our call to Thursday at 3.',
    'As a token of thanks, the recording is yours to keep.',
    'The store returns policy gives you 30 days.',
    'She is earnest about the redesign, and recovered from the flu.',
    'lol ok see u at d party',
  ],
  bad: [
    { text: 'Start [[investing]] in [[crypto]] today and [[earn]] [[daily returns]].', messageId: 'money' },
    { text: 'My [[account manager]] helped me [[withdraw]] my [[payout]].' },
    { text: '[[Bitcoin]] and [[forex]] trading made me rich.' },
    { text: 'She helped me [[recover my account]] after it was [[hacked]].' },
    { text: 'Claim your [[airdrop]] [[tokens]] now.' },
    { text: '[[Passive income]] with a real [[mentor]].' },
  ],
});

testDocsExamples(rule);

ruleTester(rule, {
  good: ['Cost recovery for the pipeline is in the second tab.', 'We expect the market to recover by spring.'],
  bad: ['@roc6553 [[recover]] your lost now @pop_.tech', '@modarwich send me a dm [[for recovery]]'],
});
