import rule from '../../src/core/rules/service-notice.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Thanks for the call today: I sent the revised contract, and I will stop by on Friday.',
    'We moved your onboarding call to Thursday; the agenda is attached.',
    'I need to stop at the shop on the way, want anything?',
    'enjoy ur weekend babe, call me sun',
    'Please confirm deal 40521 before the trade date.',
  ],
  bad: [
    { text: '[[Your account]] has been [[credited]] with 500MB. [[Valid till]] 12/05. [[T&Cs]] apply.', messageId: 'notice' },
    { text: '[[Enjoy]] unlimited calls for N50[[/day]]. [[To stop]], send STOP to 3030.' },
    { text: '[[Recharge]] now to keep [[your subscription]] active.' },
    { text: 'Your plan [[expires]] on Friday; it will [[renew]] at N200 [[per week]].' },
    { text: 'You have [[opted in]] to daily tips. [[Terms and conditions apply]].' },
    { text: 'Reply 1 to [[activate]] caller tunes.' },
  ],
});

testDocsExamples(rule);
