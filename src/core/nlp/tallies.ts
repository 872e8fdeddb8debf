/**
 * Counts the stats, the reading grade and the language check need, kept per cached sentence
 * (chunks.ts) and summed per draft. They are additive, so after an edit a draft's tallies cost
 * one addition per sentence instead of a regex or lexicon lookup per word.
 */
import { isKnownWord } from './compromise.ts';
import { hasNeverPairedLetters } from './random-letters.ts';
import { syllables } from './syllables.ts';
import { isHashtagText, isUrlText, READER_WORDS, SELF_WORDS, wordOf } from './words.ts';
import { DraftMemo } from './draft-memo.ts';

export interface Tally {
  youWords: number;
  weWords: number;
  hashtags: number;
  links: number;
  /** Words with a letter, their syllables, and sentences with a letter (reading grade). */
  letterWords: number;
  syllables: number;
  letterSentences: number;
  /** Words with a letter other than #tags and @handles; how many are Latin, how many known. */
  proseWords: number;
  latinWords: number;
  knownWords: number;
  /** Words of sentences that are strings of random letters (nlp/random-letters.ts): filler, in no language, so not in the three counts above. */
  fillerWords: number;
}

/** What a tally reads of a token (a draft Token or a cached chunk term). */
export interface TallyTerm {
  text: string;
  normal: string;
  implicit: string | null;
}

const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

export const emptyTally = (): Tally => ({
  youWords: 0, weWords: 0, hashtags: 0, links: 0, letterWords: 0, syllables: 0, letterSentences: 0, proseWords: 0, latinWords: 0, knownWords: 0, fillerWords: 0,
});

/** Tallies of `tokens`, of which `words` are the words and numbers; `letterSentences` as counted by the caller. */
export function tallyOf(tokens: readonly TallyTerm[], words: readonly TallyTerm[], letterSentences: number): Tally {
  const t = emptyTally();
  t.letterSentences = letterSentences;
  for (const token of tokens) {
    const word = wordOf(token);
    if (READER_WORDS.has(word)) t.youWords++;
    if (SELF_WORDS.has(word)) t.weWords++;
    if (isHashtagText(token.text)) t.hashtags++;
    if (isUrlText(token.text)) t.links++;
  }
  let random = 0;
  for (const w of words) {
    if (!LETTER.test(w.text)) continue;
    t.letterWords++;
    t.syllables += syllables(w.text);
    if (w.text.startsWith('#') || w.text.startsWith('@')) continue;
    t.proseWords++;
    if (LATIN_LETTER.test(w.text)) t.latinWords++;
    if (isKnownWord(w.normal) || isKnownWord(w.implicit ?? '')) t.knownWords++;
    // The lexicon just said it lacks the word: ask the letters only (random-letters.ts).
    else if (hasNeverPairedLetters(w.normal)) random++;
  }
  // A sentence a quarter random letters is filler in no language: the language check leaves it out.
  if (random > 0 && random * FILLER_SHARE >= t.proseWords) {
    t.fillerWords = t.proseWords;
    t.proseWords = t.latinWords = t.knownWords = 0;
  }
  return t;
}

/** A sentence whose words are at least 1 in this many random-letter strings is filler. */
const FILLER_SHARE = 4;

export const hasLetter = (text: string): boolean => LETTER.test(text);

export function addTally(into: Tally, t: Tally): void {
  combine(into, t, 1);
}

/** Takes a line's counts back out of a draft's (draft-build.ts): the counts are whole numbers, so the result is exact. */
export function subtractTally(from: Tally, t: Tally): void {
  combine(from, t, -1);
}

function combine(into: Tally, t: Tally, sign: 1 | -1): void {
  into.youWords += sign * t.youWords;
  into.weWords += sign * t.weWords;
  into.hashtags += sign * t.hashtags;
  into.links += sign * t.links;
  into.letterWords += sign * t.letterWords;
  into.syllables += sign * t.syllables;
  into.letterSentences += sign * t.letterSentences;
  into.proseWords += sign * t.proseWords;
  into.latinWords += sign * t.latinWords;
  into.knownWords += sign * t.knownWords;
  into.fillerWords += sign * t.fillerWords;
}

/** The draft-wide tally, keyed by the draft object (a Draft is never changed once built). */
const byDraft = new DraftMemo<Tally>();

export function rememberTally(draft: object, tally: Tally): void {
  byDraft.set(draft, tally);
}

/** The tally buildDraft summed for this draft, or one counted now for a draft made elsewhere. */
export function draftTally(draft: { tokens: readonly TallyTerm[]; words: readonly TallyTerm[]; sentences: readonly { tokens: readonly TallyTerm[] }[] }): Tally {
  let tally = byDraft.get(draft);
  if (!tally) {
    const letterSentences = draft.sentences.filter((s) => s.tokens.some((t) => LETTER.test(t.text))).length;
    tally = tallyOf(draft.tokens, draft.words, letterSentences);
    byDraft.set(draft, tally);
  }
  return tally;
}
