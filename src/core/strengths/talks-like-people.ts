/** talks-like-people: the interjections of a chat between people (ok, lol, yeah, pls). */
import { TALKS_LIKE_PEOPLE } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'talks-like-people',
  label: 'You write the way people talk to each other.',
  docs: {
    why: 'The shorthand of a chat (ok, lol, pls) is how people write to people they know; campaigns are polished for everyone.',
    examples: ['ok see you at 5', 'lol yeah, pls send it when you can'],
    counterExamples: ['Discover our exclusive collection today.', 'You will be young for as long as you stay receptive.'],
  },
  phrases: compilePhrases({ name: 'talks-like-people', withinSentence: true, alternatives: TALKS_LIKE_PEOPLE }),
});
