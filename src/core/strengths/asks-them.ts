/** asks-them: a question put to this reader about them ("how was", "could you"). */
import { wordsPattern } from '../nlp/line-patterns.ts';
import { patternStrength } from './strength.ts';

export default patternStrength({
  id: 'asks-them',
  label: 'You ask them something.',
  docs: {
    why: 'A question to the reader about them hands them the next turn (P3).',
    examples: ['How was the trip back?', 'Could you send me the signed copy?', 'what do you think?'],
    counterExamples: ['Our team is ready to help.'],
  },
  pattern: wordsPattern('asks-them', [
    'how are (?:you|u)', 'how re u', 'how r u', 'how was', "how['’]s", 'how is (?:your|ur|the)', 'what about you', 'what do (?:you|u) think',
    '(?:are|did|can|could|do|have|will|would|were) (?:you|u)(?= [^?.!\\n]*\\?)',
  ]),
});
