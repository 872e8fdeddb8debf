/**
 * Prize bait: "You have WON", "You have been chosen", "Comment ME for a chance to win". Its
 * "you" is not about the reader's situation and its "comment below" is not an invitation to
 * talk, so the dialogue rules ignore what these sentences seem to offer.
 */
import type { Draft } from '../nlp/draft.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { BAIT_SENTENCE_PHRASES } from '../lexicon/prizes.ts';
import { DraftMemo } from '../nlp/draft-memo.ts';

const BAIT = compilePhrases(BAIT_SENTENCE_PHRASES);
const cache = new DraftMemo<ReadonlySet<number>>();

/** Indexes of the sentences that hold prize bait. */
export function baitSentences(draft: Draft): ReadonlySet<number> {
  let found = cache.get(draft);
  if (!found) {
    found = new Set(findPhrases(draft, BAIT).map((m) => draft.tokens[m.firstToken]!.sentence));
    cache.set(draft, found);
  }
  return found;
}
