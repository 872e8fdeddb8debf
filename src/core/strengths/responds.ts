/**
 * responds: the draft opens on a reaction to something the reader said ("Haha, fair", "Yes,
 * that's possible", "Good catch", "Glad to hear it"): it is a turn in a conversation.
 * Only the opening counts: a reply starts by reacting, an announcement by announcing.
 */
import { REACTIONS } from '../lexicon/dialogue.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import type { Strength } from './strength.ts';

// At the start of a line (after an @handle the site put there), then a break.
const REACTION = compilePhrases({ name: 'responds', regex: new RegExp(`^(?:@\\w+\\s+)*(?:${REACTIONS.join('|')})(?=[\\s,.!?…:;—–-]|$)`, 'giu') });

const responds: Strength = {
  id: 'responds',
  label: 'You open by responding to what they said.',
  docs: {
    why: 'A reply reacts before it adds anything: "Good catch", "Yes, that is possible". It shows the writer heard this reader (P1, P3).',
    examples: ['Haha, fair point.', 'Yes, we welcome global applicants.', 'Good catch, we just fixed it.', 'Glad to hear you are safe.', "You're right, it should be a comma."],
    counterExamples: ['Introducing the new spring range.', 'Happy National Pancake Day! Stacks are half price.', 'The right time to invest is now.'],
  },
  // Only the draft's first line: further down, "Yes" or "Sure" no longer answers anybody.
  find(draft) {
    const first = draft.lines.find((line) => line.end > line.start);
    return first ? findPhrases(draft, REACTION).filter((m) => m.start === first.start) : [];
  },
};

export default responds;
