import rule from '../../src/core/rules/platitude.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'The battery life on the new model is 14 hours.',
    'Our customer success team can set it up with you on Thursday.',
    'We lost two potential customers to the system failure last week.',
    { text: 'We achieved a 30% lift in May; the failure of the old pump explains June.', name: 'achieve and failure in their everyday sense' },
    'I never got the file; can you resend deal 40521?',
    'the world cup is on 2nite, power is back at home',
  ],
  bad: [
    { text: '[[Never give up]] on your [[dreams]]: [[success]] is a journey.', messageId: 'platitude' },
    { text: '[[Believe in yourself]] and unlock [[your full potential]].' },
    { text: '[[Everything happens for a reason]]; trust your [[destiny]].' },
    { text: 'This course will [[change the world]] and help you [[achieve]] [[greatness]].' },
    { text: 'You will [[achieve]] your goals, because [[failure is not an option]].' },
    { text: '[[Life]] is short, [[follow your passion]].' },
    { text: '[[Happiness]] and [[wisdom]] come from within.' },
  ],
});

testDocsExamples(rule);
