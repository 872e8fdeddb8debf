/**
 * The user's word lists (extra brag words, phrases to flag, names never to flag), declared
 * once as option descriptors: the settings check, the options page and the managed schema
 * read their limits here.
 *
 * What the allow list may hold: names and short phrases the user picked ("Best Buy", "Premier
 * League"), never a sentence of a draft. The list is stored in storage.sync and exported in
 * rule packs, and Parley promises that draft text is never stored, so a longer entry is refused
 * wherever one could come in: the card, the options page, an imported pack, stored settings.
 */
import { WORD_LIST_LABELS } from './labels.ts';
import { checkNewItem } from './option-check.ts';
import { wordCount, words, type WordsOption } from './options.ts';
import type { WordLists } from './rule.ts';

export const MAX_ALLOW_WORDS = 4;

/**
 * The user's word lists. 500 items each keeps storage.sync within quota; the allow list names
 * things ("Best Buy"), so an item of more than 4 words is a sentence that would hide real hints.
 */
export const WORD_LIST_SPEC: Record<keyof WordLists, WordsOption> = {
  brag: words({ default: [], label: WORD_LIST_LABELS.brag, maxItems: 500 }),
  flag: words({ default: [], label: WORD_LIST_LABELS.flag, maxItems: 500 }),
  allow: words({ default: [], label: WORD_LIST_LABELS.allow, maxItems: 500, maxWords: MAX_ALLOW_WORDS }),
};

/**
 * Does the card offer "Never flag" for `phrase`? It must name something (punctuation or emoji
 * alone is no name) and pass the check the options page and every pack apply to an item.
 */
export const isShortPhrase = (phrase: string): boolean => wordCount(phrase) > 0 && checkNewItem(WORD_LIST_SPEC.allow, [], phrase).ok;
