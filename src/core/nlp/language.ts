/**
 * Is this English prose? Parley's rules are English-only: on other languages they would give
 * false hints, so the report says so instead.
 */
import type { Draft } from './draft.ts';
import { draftTally } from './tallies.ts';

export function looksEnglish(draft: Draft): boolean {
  // Words with a letter, other than #tags and @handles: counted per sentence (tallies.ts).
  // Sentences of random letters (hash-buster filler) are in no language: only the rest is asked.
  const { proseWords: words, latinWords: latin, knownWords: known, fillerWords } = draftTally(draft);
  if (words < 3) return fillerWords === 0 && latin === words;
  // Most English prose has well over half its words in compromise's lexicon (function words
  // alone are ~40% of running text); other Latin-script languages fall far below.
  return latin / words >= 0.6 && known / words >= 0.3;
}
