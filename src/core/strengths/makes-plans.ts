/** makes-plans: a specific time to meet, call or follow up (tomorrow, Tuesday, next week). */
import { MAKES_PLANS } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'makes-plans',
  label: 'You make a concrete plan with them.',
  docs: {
    why: 'Plans between two people (a meeting, a call, a day) are what dialogue turns into; broadcasts rarely name a day with someone.',
    examples: ['Can we meet tomorrow at 10?', 'I will call you on Monday.', 'see you next week'],
    counterExamples: ['Sign up for our newsletter.'],
  },
  phrases: compilePhrases({ name: 'makes-plans', withinSentence: true, alternatives: MAKES_PLANS }),
});
