/** thanks: gratitude to the reader, for something they did. */
import { THANKS } from '../lexicon/dialogue.ts';
import { wordsPattern } from '../nlp/line-patterns.ts';
import { patternStrength } from './strength.ts';

export default patternStrength({
  id: 'thanks',
  label: 'You thank them.',
  docs: {
    why: 'Thanks acknowledge what the reader did: a reply to a person, not an announcement to a list.',
    examples: ['Thanks for the quick turnaround on the contract.', 'thx, got it', 'I appreciate you flagging this.'],
    counterExamples: ['Order today and save 20%.'],
  },
  pattern: wordsPattern('thanks', THANKS),
});
