/**
 * A cached sentence parse (chunks.ts) placed where it sits in a draft: its Token objects at the
 * draft's offsets, and its Sentence. Made again only when the sentence moves.
 */
import type { PreparedSentence } from './chunks.ts';
import type { Sentence, Token } from './draft.ts';

/**
 * A prepared sentence as it sat in the last draft that held it. An edit that moves a sentence
 * (a line inserted above it) makes its Sentence and Token objects again at the new offsets;
 * otherwise they are reused as they are. Nothing downstream mutates them.
 */
export interface Placed {
  base: number;
  line: number;
  index: number;
  sentence: Sentence | null;
  tokens: Token[];
  words: Token[];
}
const placedLast = new WeakMap<PreparedSentence, Placed>();

/** The sentence's tokens, words and Sentence at `base` (the chunk's offset), on line `line`, as sentence `index`. */
export function placedAt(s: PreparedSentence, base: number, line: number, index: number): Placed {
  const last = placedLast.get(s);
  if (last && last.base === base && last.line === line && last.index === index) return last;
  const sentenceTokens: Token[] = [];
  const sentenceWords: Token[] = [];
  for (const term of s.terms) {
    const token: Token = {
      text: term.text,
      normal: term.normal,
      start: base + term.start,
      end: base + term.end,
      implicit: term.implicit,
      post: term.post,
      tags: term.tags,
      sentence: index,
    };
    sentenceTokens.push(token);
    if (term.isWord) sentenceWords.push(token);
  }
  const sentence: Sentence | null = s.hasText
    ? {
        index,
        text: s.text,
        start: base + s.start,
        end: base + s.end,
        tokens: sentenceTokens,
        line,
        isQuestion: s.isQuestion,
        isExclamation: s.isExclamation,
      }
    : null;
  const placed: Placed = { base, line, index, sentence, tokens: sentenceTokens, words: sentenceWords };
  placedLast.set(s, placed);
  return placed;
}
