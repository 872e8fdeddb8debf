/**
 * Where sentences and clauses start, for rules that care about position: an opener ("We're
 * thrilled to announce…"), a hook ("Tired of…?"), an imperative ("Reply with one word").
 * List markers ("1.", "2)") and emoji before the first word do not count as words.
 */
import type { Draft, Sentence, Token } from './draft.ts';
import { firstTokenOf } from './per-sentence.ts';

const WORDISH = /[\p{L}\p{N}]/u;
/** Punctuation after a token that ends a clause: "To start, reply…", "Next step: book…". */
const CLAUSE_BREAK = /[,;:(—–]|\s-\s|^-\s/;

const LIST_NUMBER = /^\d{1,2}$/;
const LIST_PUNCTUATION = /^[.)]/;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;

const isListMarker = (t: Token, i: number): boolean => i === 0 && LIST_NUMBER.test(t.normal) && LIST_PUNCTUATION.test(t.post);
const isWord = (t: Token): boolean => t.end > t.start && WORDISH.test(t.text);

/** Index (in sentence.tokens) of the sentence's first real word, or -1. */
export function firstWordIndex(sentence: Sentence): number {
  return sentence.tokens.findIndex((t, i) => isWord(t) && !isListMarker(t, i) && !t.text.startsWith('#') && !t.text.startsWith('@'));
}

/** Index of draft.tokens[tokenIndex] inside its sentence (tokens of a sentence are contiguous). */
export function indexInSentence(draft: Draft, tokenIndex: number): number {
  const token = draft.tokens[tokenIndex];
  if (!token || !draft.sentences[token.sentence]?.tokens[0]) return -1;
  return tokenIndex - firstTokenOf(draft, token.sentence);
}

/** True when token i of the sentence starts it, or follows a clause break (",", ":", "—"). */
export function startsClause(sentence: Sentence, i: number): boolean {
  if (i <= firstWordIndex(sentence)) return true;
  const before = sentence.tokens[i - 1];
  return before !== undefined && CLAUSE_BREAK.test(before.post);
}

/** The last sentence with at least four words (skipping a sign-off like "Best, Anna"), else the last. */
export function closingSentence(draft: Draft): Sentence | undefined {
  const wordCount = (s: Sentence): number => s.tokens.filter(isWord).length;
  return draft.sentences.findLast((s) => wordCount(s) >= 4) ?? draft.sentences.at(-1);
}

/** The text with its first letter upper-cased. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A replacement in the case of the text it replaces ("Leverage" -> "Use", "leverage" -> "use"). */
export function matchCase(original: string, replacement: string): string {
  if (STARTS_UPPER.test(original)) return capitalize(replacement);
  return STARTS_LOWER.test(original) ? replacement.charAt(0).toLowerCase() + replacement.slice(1) : replacement;
}
