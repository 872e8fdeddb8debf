/** makes-plans: a specific time to meet, call or follow up (tomorrow, Tuesday, next week). */
import { wordsPattern } from '../nlp/line-patterns.ts';
import { patternStrength } from './strength.ts';

export default patternStrength({
  id: 'makes-plans',
  label: 'You make a concrete plan with them.',
  docs: {
    why: 'Plans between two people (a meeting, a call, a day) are what dialogue turns into; broadcasts rarely name a day with someone.',
    examples: ['Can we meet tomorrow at 10?', 'I will call you on Monday.', 'see you next week'],
    counterExamples: ['Sign up for our newsletter.'],
  },
  pattern: wordsPattern('makes-plans', [
    'tomorrow', 'tmrw', 'tonight', 'this (?:morning|afternoon|evening|week)', 'next week', 'later today', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday', 'meeting', 'call me', 'call you', 'see (?:you|u)', 'catch up', 'meet up', 'lunch',
  ]),
});
