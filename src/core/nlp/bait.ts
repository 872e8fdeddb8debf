/**
 * Prize bait: "You have WON", "You have been chosen", "Comment ME for a chance to win". Its
 * "you" is not about the reader's situation and its "comment below" is not an invitation to
 * talk, so the dialogue rules ignore what these sentences seem to offer.
 */
import type { Draft } from './draft.ts';
import { compilePhrases, findPhrases } from './phrases.ts';

const BAIT = compilePhrases([
  'you have won', "you've won", 'you won', 'you have been selected', "you've been selected", 'you have been chosen',
  "you've been chosen", 'you are a winner', "you're a winner", 'claim your prize', 'claim your reward', 'claim your gift',
  'congratulations', 'congrats', 'lucky winner', 'you qualify', 'you are eligible', "you're eligible", 'you are pre-approved',
  "you're pre-approved", 'a chance to win', 'chance to win', 'for a chance to', 'to win a free',
]);
const cache = new WeakMap<Draft, ReadonlySet<number>>();

/** Indexes of the sentences that hold prize bait. */
export function baitSentences(draft: Draft): ReadonlySet<number> {
  let found = cache.get(draft);
  if (!found) {
    found = new Set(findPhrases(draft, BAIT).map((m) => draft.tokens[m.firstToken]!.sentence));
    cache.set(draft, found);
  }
  return found;
}
