/** answers-them: the draft picks up something the reader said or sent, or promises a reply. */
import { ANSWERS_THEM } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'answers-them',
  label: 'You answer something they said or sent.',
  docs: {
    why: 'Picking up the reader\'s own words ("your question", "as you mentioned") is what makes a message a reply (P1, P3).',
    examples: ['Re your question about the pricing tiers: the second one includes support.', 'As discussed, I have attached the revised draft.', 'Let me know if Tuesday works.'],
    counterExamples: ['Introducing the all-new spring collection.'],
  },
  phrases: compilePhrases({ name: 'answers-them', withinSentence: true, alternatives: ANSWERS_THEM }),
});
