/**
 * Is this English prose? Parley's rules are English-only: on other languages they would give
 * false hints, so the report says so instead.
 */
import type { Draft } from './draft.ts';
import { isKnownWord } from './compromise.ts';

const LATIN_LETTER = /\p{Script=Latin}/u;
const ANY_LETTER = /\p{L}/u;

export function looksEnglish(draft: Draft): boolean {
  const words = draft.words.filter((w) => ANY_LETTER.test(w.text) && !w.text.startsWith('#') && !w.text.startsWith('@'));
  if (words.length < 3) return words.every((w) => LATIN_LETTER.test(w.text));
  let latin = 0;
  let known = 0;
  for (const w of words) {
    if (LATIN_LETTER.test(w.text)) latin++;
    if (isKnownWord(w.normal) || isKnownWord(w.implicit ?? '')) known++;
  }
  // Most English prose has well over half its words in compromise's lexicon (function words
  // alone are ~40% of running text); other Latin-script languages fall far below.
  return latin / words.length >= 0.6 && known / words.length >= 0.3;
}
