/** apologises: sorry for something that went wrong for this reader ("sorry to hear", "we apologise"). */
import { APOLOGISES } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'apologises',
  label: 'You say sorry for what went wrong for them.',
  docs: {
    why: 'An apology answers what happened to one reader; an announcement to a list has nobody to apologise to (P1, P8).',
    examples: ["We're so sorry to hear about this.", 'Sorry about the mix-up with your order, Jeff.', 'We apologize for the wait.', 'Oh no, our apologies!'],
    counterExamples: ['Sorry, this offer has ended: shop the new deals now.', "Don't be sorry later: book today."],
  },
  phrases: compilePhrases({ name: 'apologises', withinSentence: true, alternatives: APOLOGISES }),
});
