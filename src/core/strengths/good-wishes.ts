/** good-wishes: personal warmth for this reader (happy birthday, get well, hope you are well). */
import { GOOD_WISHES } from '../lexicon/dialogue.ts';
import { wordsPattern } from '../nlp/line-patterns.ts';
import { patternStrength } from './strength.ts';

export default patternStrength({
  id: 'good-wishes',
  label: 'You wish them well, personally.',
  docs: {
    why: 'Wishes tied to the reader\'s life (a birthday, a trip, their health) belong to a relationship, not a campaign.',
    examples: ['Happy birthday to your boy!', 'Hope you are well and the move went fine.', 'Safe trip, and take care.'],
    counterExamples: ['Happy shopping: the sale ends Sunday.', 'Congratulations, you have won a prize!'],
  },
  pattern: wordsPattern('good-wishes', GOOD_WISHES),
});
