/** asks-them: a question put to this reader about them ("how was", "could you"). */
import { ASKS_THEM } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'asks-them',
  label: 'You ask them something.',
  docs: {
    why: 'A question to the reader about them hands them the next turn (P3).',
    examples: ['How was the trip back?', 'Could you send me the signed copy?', 'what do you think?'],
    counterExamples: ['Our team is ready to help.'],
  },
  phrases: compilePhrases({ name: 'asks-them', withinSentence: true, alternatives: ASKS_THEM }),
});
