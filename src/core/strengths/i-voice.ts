/** i-voice: a person speaks ("I", "me", "my"), not a company or a campaign. */
import { I_VOICE } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'i-voice',
  label: 'You write as yourself ("I", "me").',
  docs: {
    why: 'A message from one person reads as the start of a conversation; a message from "the team" reads as a campaign.',
    examples: ['I read your note and I agree with most of it.', 'im on my way'],
    counterExamples: ['Our new range is here for everyone.'],
  },
  phrases: compilePhrases({ name: 'i-voice', withinSentence: true, alternatives: I_VOICE }),
});
