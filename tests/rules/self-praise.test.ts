import rule from '../../src/core/rules/self-praise.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(rule, {
  good: [
    'Teams using the scheduler cut their reporting time from 3 hours to 40 minutes a week.',
    'What would you change about your Monday planning?',
    { text: 'We sell old rugs.', options: { extraWords: ['vintage'] } },
  ],
  bad: [
    { text: 'We are the [[award-winning]], [[industry-leading]] platform for teams.', messageId: 'brag' },
    'We are [[thrilled to announce]] our new app.',
    { text: 'Our [[vintage]] rugs are here.', options: { extraWords: ['vintage'] } },
  ],
});
