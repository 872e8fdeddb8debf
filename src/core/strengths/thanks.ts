/** thanks: gratitude to the reader, for something they did. */
import { THANKS } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'thanks',
  label: 'You thank them.',
  docs: {
    why: 'Thanks acknowledge what the reader did: a reply to a person, not an announcement to a list.',
    examples: ['Thanks for the quick turnaround on the contract.', 'thx, got it', 'I appreciate you flagging this.'],
    counterExamples: ['Order today and save 20%.'],
  },
  phrases: compilePhrases({ name: 'thanks', withinSentence: true, alternatives: THANKS }),
});
