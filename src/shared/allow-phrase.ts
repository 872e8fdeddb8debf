/**
 * What the allow list may hold: names and short phrases the user picked ("Best Buy", "Premier
 * League"), never a sentence of a draft. The list is stored in storage.sync and exported in
 * rule packs, and Parley promises that draft text is never stored, so a longer entry is refused
 * wherever one could come in: the card, the options page, an imported pack, stored settings.
 */
import { wordCount } from '../core/options.ts';

export const MAX_ALLOW_WORDS = 4;

export const isShortPhrase = (phrase: string): boolean => {
  const n = wordCount(phrase);
  return n > 0 && n <= MAX_ALLOW_WORDS;
};

/** Why an allow-list entry is refused, in words a user can act on. */
export const LONG_PHRASE_PROBLEM = `at most ${MAX_ALLOW_WORDS} words: the allow list is for names and short phrases, not sentences.`;
