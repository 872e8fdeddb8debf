/**
 * Signs that a draft gives the reader something to use (P4): a number, a step, an example, a
 * how-to, a finding or a short story. Heuristic by design (anchors.md §d6): any one sign is
 * enough, so the value rules stay quiet on real content and speak up on pure hype.
 */
import type { Draft, Token } from '../nlp/draft.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { USABLE_SIGNS, VANITY_METRICS } from '../lexicon/value.ts';
import { salesHooks } from './questions.ts';
import { quotedRanges } from '../nlp/quotes.ts';
import { baitSentences } from './bait.ts';
import { isEmail, isHashtag, isReaderWord, isUrl, wordOf } from '../nlp/words.ts';
import { DraftMemo } from '../nlp/draft-memo.ts';

const USABLE = compilePhrases(USABLE_SIGNS);
/** Number words that state a quantity ("three steps"); "one" is too often "one of a kind". */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'fifty', 'hundred', 'thousand', 'dozen']);
/** Digits that carry no fact: "#1" is a brag, "10x" a promise, "2025" a date. */
const EMPTY_NUMBER = /^#\d+$|^\d+x$|^(?:19|20)\d\d$/i;
const DIGIT = /\d/;
const LIST_LINE = /^\s*(?:[-•*▪◦–]|\d{1,2}[.)])\s+\S/;

function isFigure(t: Token): boolean {
  if (NUMBER_WORDS.has(wordOf(t))) return true;
  // Cheap test first: the link and handle checks run only on the few tokens with a digit.
  if (!DIGIT.test(t.text) || EMPTY_NUMBER.test(t.text)) return false;
  return !(isUrl(t) || isEmail(t) || isHashtag(t) || t.text.startsWith('@'));
}

/**
 * What a sender counts to impress. A figure beside one of these, in a sentence with no word
 * about the reader, is a boast ("Revenue up 140%", "$80M in sales this year", "trusted by 500
 * companies"), not a fact the reader can use.
 */
const VANITY = new Set(VANITY_METRICS);

const boasts = new DraftMemo<Map<number, boolean>>();

/**
 * Do the sentence's figures only boast or bait (the sender's own metrics, prize bait)? Asked
 * only of sentences that hold a figure, and answered once per sentence.
 */
function isBoast(draft: Draft, sentence: number): boolean {
  let known = boasts.get(draft);
  if (!known) boasts.set(draft, (known = new Map()));
  let boast = known.get(sentence);
  if (boast === undefined) {
    const tokens = draft.sentences[sentence]?.tokens ?? [];
    boast = baitSentences(draft).has(sentence) || (tokens.some((t) => VANITY.has(wordOf(t))) && !tokens.some(isReaderWord));
    known.set(sentence, boast);
  }
  return boast;
}

/** A figure that tells the reader something: not in a sales hook, a boast or prize bait. */
const isFactFigure = (draft: Draft, t: Token): boolean => isFigure(t) && !salesHooks(draft).has(t.sentence) && !isBoast(draft, t.sentence);

const usable = new DraftMemo<ReadonlySet<number>>();

/** Sentences (by index) with a usable phrase ("how to", "for example", "last week"). */
function usableSentences(draft: Draft): ReadonlySet<number> {
  let found = usable.get(draft);
  if (!found) {
    const sentences = new Set(findPhrases(draft, USABLE).map((m) => draft.tokens[m.firstToken]!.sentence));
    for (const hook of salesHooks(draft).keys()) sentences.delete(hook);
    found = sentences;
    usable.set(draft, found);
  }
  return found;
}

/**
 * The sentence holds a figure or a usable phrase: a fact, not only an adjective. A figure in a
 * sales hook is bait, not a fact ("Want to double your sales in 30 days?"), and a boast is not
 * one either ("We closed $80M in sales").
 */
export function sentenceHasFact(draft: Draft, sentence: number): boolean {
  if (salesHooks(draft).has(sentence)) return false;
  return usableSentences(draft).has(sentence) || (draft.sentences[sentence]?.tokens.some((t) => isFactFigure(draft, t)) ?? false);
}

const valued = new DraftMemo<boolean>();

/**
 * Anything at all the reader can use: a figure, a usable phrase, a list of two or more items,
 * or a quoted passage (a customer's words). Stops at the first sign, which most drafts give early.
 */
export function hasValue(draft: Draft): boolean {
  let found = valued.get(draft);
  if (found === undefined) {
    found =
      draft.words.some((t) => isFactFigure(draft, t)) ||
      usableSentences(draft).size > 0 ||
      draft.lines.filter((l) => LIST_LINE.test(draft.text.slice(l.start, l.end))).length >= 2 ||
      quotedRanges(draft).some((q) => q.end - q.start >= 20);
    valued.set(draft, found);
  }
  return found;
}
