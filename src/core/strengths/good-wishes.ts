/** good-wishes: personal warmth for this reader (happy birthday, get well, hope you are well). */
import { GOOD_WISHES } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'good-wishes',
  label: 'You wish them well, personally.',
  docs: {
    why: 'Wishes tied to the reader\'s life (a birthday, a trip, their health) belong to a relationship, not a campaign.',
    examples: ['Happy birthday to your boy!', 'Hope you are well and the move went fine.', 'Safe trip, and take care.'],
    counterExamples: ['Happy shopping: the sale ends Sunday.', 'Congratulations, you have won a prize!'],
  },
  phrases: compilePhrases({ name: 'good-wishes', withinSentence: true, alternatives: GOOD_WISHES }),
});
