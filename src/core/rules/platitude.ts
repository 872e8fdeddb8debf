/**
 * platitude (P4): life-coach lines ("success", "your dreams", "never give up", "believe in
 * yourself", "the power of"). They fit every reader, so they tell this one nothing.
 * Common words ("never", "world", "power") count only inside a platitude phrase, and business
 * senses ("battery life", "customer success", "potential customers") pass.
 */
import { definePhraseRule } from '../phrase-rule.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { LIFE_COACH_LINES } from '../lexicon/canned.ts';

export const PLATITUDE = compilePhrases({ name: 'platitude', withinSentence: true, alternatives: LIFE_COACH_LINES });

export default definePhraseRule({
  id: 'platitude',
  category: 'value',
  principle: 'P4',
  severity: 'warning',
  weight: 1,
  docs: {
    summary: 'Flags life-coach platitudes: success, dreams, destiny, never give up, believe in yourself, the power of…',
    why: 'A platitude fits every reader, so it tells this one nothing. Something specific to them is worth reading.',
    good: [
      'The battery life on the new model is 14 hours; our customer success team can set it up with you.',
      'Which of the three reports takes your team longest to build?',
    ],
    bad: ['Never give up on your dreams: success is a journey.', 'Believe in yourself and unlock your full potential.'],
  },
  findings: {
    platitude: {
      find: PLATITUDE,
      message: '"{phrase}" is a platitude: it fits every reader, so it tells this one nothing.',
      advice: 'Replace it with something specific to this reader: a number, a step, an example from their work.',
    },
  },
});
