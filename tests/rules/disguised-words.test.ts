import rule from '../../src/core/rules/disguised-words.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

const SALAD = 'online pharmacy cheap pills fast delivery best quality meds doctors trust worldwide shipping secure order today discreet package savings every month buy more save more';

ruleTester(rule, {
  good: [
    'c u 2day at 3pm? b4 the Q3 review any1 can join',
    'Flight MH370 notes, the B2B plan, 1Gb of storage and mp3 export.',
    'gr8 news, l8r we can celebrate 4ever',
    'The H2O bottle and i18n work ship on the 2nd.',
    'Thanks @grant11baker, ref cspxmbpet01dhc6g36khwjep is in example.com/a1b2c3d.',
    'I have a long list of things to do and I will get to them all in time, I promise you that much my friend.',
  ],
  bad: [
    { text: 'Cheap [[V1agra]] and [[C1alis]], no prescription.', messageId: 'disguised' },
    { text: '[[Or32der]] our [[pr0duct]] [[Onlin0e]] today.' },
    { text: 'Click to [[Sa35ve]] now.' },
    { text: `Hello. [[${SALAD}]].`, messageId: 'salad', name: 'a run of filler words with no punctuation' },
  ],
});

testDocsExamples(rule);
