import rule from '../../src/core/rules/guarantee.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Best regards, Sam',
    'All the best with the launch, and best wishes to the team.',
    'The best way to test the page is to ask five customers what it says.',
    'We are the best-in-class partner for growing teams.',
    'Could you do your best to send deal 40521 by noon?',
    'ok gud nite, best of luck 2moro',
  ],
  bad: [
    { text: '[[Guaranteed]] results or your [[money back]], [[100%]] [[risk-free]].', messageId: 'guarantee' },
    { text: '[[The best prices]] in town, from the [[#1]] store.' },
    { text: 'Loans [[approved]] in minutes, [[no credit check]].' },
    { text: 'A [[proven]] and [[certified]] system, [[no obligation]].' },
    { text: 'This [[amazing]] cream gives [[incredible]] results.' },
    { text: 'Meds with [[no prescription needed]].' },
  ],
});

testDocsExamples(rule);
