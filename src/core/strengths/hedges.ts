/** hedges: plain uncertainty ("I think", "maybe"): a view offered, not a claim broadcast. */
import { HEDGES } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'hedges',
  label: 'You offer a view and leave room for theirs ("I think", "maybe").',
  docs: {
    why: 'Hedges invite the reader to weigh in; copy written for a crowd states everything as certain.',
    examples: ['I think the second option is cheaper, but I may be wrong.', 'Maybe we can move it to Friday?'],
    counterExamples: ['The best deal you will ever see.'],
  },
  phrases: compilePhrases({ name: 'hedges', withinSentence: true, alternatives: HEDGES }),
});
