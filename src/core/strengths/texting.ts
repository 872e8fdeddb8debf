/**
 * texting: text-message shorthand (u, ur, 2day, gud, tnx). People write it to people they
 * know; the fit weighs it apart from chat interjections (talks-like-people), because
 * quote-of-the-day services write in it too.
 */
import { TEXTING } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'texting',
  label: 'You write in the shorthand people text each other in.',
  docs: {
    why: 'Shorthand (u, ur, tnx) is how people text people they know; campaign copy is spelled out for everyone.',
    examples: ['see u 2moro, tnx', 'hw was ur day?'],
    counterExamples: ['The U.S. office is closed on Monday.', 'See you tomorrow, thanks.'],
  },
  // "u" and "ur" only as words of their own: never the U in "U.S." or "U-turn".
  phrases: compilePhrases({ name: 'texting', withinSentence: true, alternatives: TEXTING }),
});
