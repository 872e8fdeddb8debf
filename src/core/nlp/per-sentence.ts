/**
 * Per-sentence facts that depend on nothing but the sentence's own tokens, remembered for as
 * long as the sentence's parse is cached: after an edit, a rule that looks at every token looks
 * again only at the edited sentence. Word-list matches (phrase-sentences.ts) and several rules
 * keep theirs here.
 * A fact must not hold offsets or Token objects (the same sentence sits elsewhere in the next
 * draft): refer to tokens by their place in sentence.tokens. Nor may it depend on a rule's
 * options or the user's word lists: apply those to the fact, in the rule (the built-in word
 * lists' matches may be kept: they are the same for every user).
 */
import { type Draft, type Sentence, sentenceOrigins } from './draft.ts';

export type SentenceFact<T> = (draft: Draft, index: number) => T;

/** Each fact's slot in a sentence parse's `facts` (chunks.ts): an array read, where a WeakMap per fact cost a hash lookup per sentence. */
let slots = 0;

export function perSentence<T>(compute: (sentence: Sentence) => T): SentenceFact<T> {
  const slot = slots++;
  return (draft, index) => {
    const sentence = draft.sentences[index]!;
    const source = sentenceOrigins(draft)?.[index]?.source;
    // A draft not made by buildDraft (tests build some by hand) has no parse to key on.
    if (!source) return compute(sentence);
    // Kept as is, not boxed: only a fact that is undefined (never is, today) is worked out again.
    let value = source.facts[slot] as T | undefined;
    if (value === undefined) {
      value = compute(sentence);
      source.facts[slot] = value;
    }
    return value;
  };
}

/** Index in draft.tokens of the sentence's first token. */
export function firstTokenOf(draft: Draft, index: number): number {
  const origin = sentenceOrigins(draft)?.[index];
  if (origin) return origin.firstToken;
  const first = draft.sentences[index]!.tokens[0];
  return first ? draft.tokens.indexOf(first) : -1;
}
