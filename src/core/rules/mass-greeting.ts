/**
 * mass-greeting (P9): greetings to nobody in particular ("Dear customer", "Dear friend",
 * "To whom it may concern", "Attn:") and crowd announcements ("This is to inform", "Dear all",
 * "all members", "forward this to 10 friends"). They tell the reader the message went to a crowd.
 * A plain "forward it to them" or "pass it on" invites sharing (brand-only-routing counts it as
 * good), so only the chain-letter form counts.
 */
import { definePhraseRule } from '../phrase-rule.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { GENERIC_GREETINGS, MASS_ADDRESS } from '../lexicon/crowd.ts';

export const GENERIC = compilePhrases({ name: 'mass-greeting:generic', withinSentence: true, alternatives: GENERIC_GREETINGS });
export const MASS = compilePhrases({ name: 'mass-greeting:mass', withinSentence: true, alternatives: MASS_ADDRESS });

export default definePhraseRule({
  id: 'mass-greeting',
  category: 'dialogue',
  principle: 'P9',
  severity: 'warning',
  weight: 2,
  docs: {
    summary: 'Flags greetings to nobody in particular (Dear customer, Dear friend, To whom it may concern) and crowd notices (This is to inform, Dear all).',
    why: 'A greeting to a crowd tells the reader they are one of many before they read a word. Greet the person.',
    good: ['Hi Priya, thanks for sending the numbers so quickly.', 'Dear Mr Okafor, your order left our warehouse this morning.'],
    bad: ['Dear valued customer, your statement is ready.', 'This is to inform all members that the meeting has moved to Friday.'],
  },
  findings: {
    generic: {
      find: GENERIC,
      message: '"{phrase}" greets nobody in particular; the reader knows it went to a list.',
      advice: 'Greet the person by name ("Hi Priya"), or start with the point if you do not know it.',
    },
    mass: {
      find: MASS,
      message: '"{phrase}" addresses a crowd; the reader feels like one of many.',
      advice: 'Write to one person, by name, about what it means for them; send it to each person who needs it.',
    },
  },
});
