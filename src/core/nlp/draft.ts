/**
 * The Draft: a text split into lines, sentences and tokens with UTF-16 offsets, built once per
 * analysis and shared by every rule. Tokenizing is cached per chunk (a sentence of a line; see
 * chunks.ts), and a new text is built from the last draft (draft-build.ts), so after a small
 * edit only the edited sentence is tokenized again and only the edited lines are walked.
 */
import { Lru } from './lru.ts';
import { chunkCacheSize, clearChunkCache, type TermFields } from './chunks.ts';
import { buildFrom } from './draft-build.ts';
import { clearParsedPieces, tagSentence } from './compromise.ts';
import { forgetLastDrafts } from './draft-memo.ts';
import { clearPhraseCaches } from './phrase-lines.ts';
import { clearSyllableCache } from './syllables.ts';

export { type SentenceOrigin, sentenceOrigins } from './draft-build.ts';

/** A term of the draft; start/end are UTF-16 offsets into the draft's text. */
export interface Token extends TermFields {
  sentence: number;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Index of the line (0-based) the sentence starts on. */
  line: number;
  isQuestion: boolean;
  isExclamation: boolean;
}

export interface Draft {
  text: string;
  sentences: Sentence[];
  /** Every token with text, in order (contraction halves included, zero-length). */
  tokens: Token[];
  /** Tokens that are words or numbers (no emoji, no bare punctuation, no empty halves). */
  words: Token[];
  lines: { start: number; end: number }[];
}

const tagCache = new Lru<string, string[][]>(2000);

/**
 * The last drafts built (the body and an email's subject): the same text again gets the same
 * Draft, with everything the engine remembered about it (its memos, draft-memo.ts, hold only
 * what the text determines), so re-analysing an unchanged draft with other settings, or the popup's and
 * the page's views, costs the rules' passes only. A new text is built from the one of them it
 * shares the most with (draft-build.ts). Oldest first; found by comparing texts, not by a Map:
 * a Map hashes the whole new text on every keystroke (about 10 µs for 1,000 words), where a
 * comparison stops at the first character that differs.
 */
const recentDrafts: Draft[] = [];
const RECENT_DRAFTS = 2;

export function buildDraft(text: string): Draft {
  const known = recentDrafts.find((d) => d.text === text);
  if (known) return known;
  const draft = buildFrom(text, recentDrafts);
  if (recentDrafts.length >= RECENT_DRAFTS) recentDrafts.shift();
  recentDrafts.push(draft);
  return draft;
}

/**
 * Context-aware tags for a sentence's tokens (same order), from compromise's full tagger.
 * Costly (~0.5 ms a sentence), so rules ask only for the sentences they need; cached.
 */
export function contextTags(sentence: Sentence): readonly (readonly string[])[] {
  let tags = tagCache.get(sentence.text);
  if (!tags) {
    tags = tagSentence(sentence.text);
    tagCache.set(sentence.text, tags);
  }
  // A different term count would misalign tags: fall back to the lexicon's.
  return tags.length === sentence.tokens.length ? tags : sentence.tokens.map((t) => t.tags);
}

/** Drop cached parses (tests measure cold runs with this). */
export function clearCaches(): void {
  recentDrafts.length = 0;
  forgetLastDrafts();
  clearChunkCache();
  clearSyllableCache();
  clearParsedPieces();
  clearPhraseCaches();
  tagCache.clear();
}

export function cacheSizes(): { chunks: number; tags: number } {
  return { chunks: chunkCacheSize(), tags: tagCache.size };
}
