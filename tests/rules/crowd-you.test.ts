import rule from '../../src/core/rules/crowd-you.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Hi Dana, I read your post on onboarding and wondered how you handle the first week.',
    'You asked about the export, so I checked: your data is in the shared folder.',
    'Are you free? See you at 3.',
    'r u coming 2nite? im at the bar wit u know who',
    '@sam_lee you are right, my team saw the same thing with your template.',
    'Your skin deserves care.',
  ],
  bad: [
    { text: '[[Your]] skin deserves the best. Give yourself the glow you have always wanted.', messageId: 'crowd' },
    { text: '[[You]] could be earning more. Find out how you can start today.' },
    { text: 'Dear customer, [[your]] bonus is ready. Dial now to use it before it goes, u will love it.' },
    { text: 'Tired of [[your]] job? You deserve freedom and you deserve more.', name: 'flags the first you, once' },
  ],
});

testDocsExamples(rule);
