/**
 * The Draft: a text split into lines, sentences and tokens with UTF-16 offsets, built once per
 * analysis and shared by every rule. Tokenizing is cached per chunk (a line, or a slice of a
 * long line; see chunks.ts), so after a small edit only the edited chunk is tokenized again.
 */
import { Lru } from './lru.ts';
import { chunkCacheSize, chunksOf, clearChunkCache, evictOldChunks, type PreparedSentence, preparedChunk, startDraft, type TermFields } from './chunks.ts';
import { tagSentence } from './compromise.ts';
import { clearPhraseCaches } from './phrase-lines.ts';
import { clearSyllableCache } from './syllables.ts';
import { addTally, emptyTally, rememberTally, type Tally } from './tallies.ts';

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
 * Where each sentence came from: its cached parse (the same object for every draft that holds
 * the same sentence, while cached) and the index of its first token in draft.tokens. Lets
 * analyses remember per-sentence results across edits (per-sentence.ts).
 */
export interface SentenceOrigin {
  source: object;
  firstToken: number;
}
/** One array per draft, parallel to draft.sentences (one WeakMap entry per sentence costs more). */
const origins = new WeakMap<Draft, SentenceOrigin[]>();

/** Parallel to draft.sentences; undefined for a draft buildDraft did not make. */
export function sentenceOrigins(draft: Draft): readonly SentenceOrigin[] | undefined {
  return origins.get(draft);
}

/** Not only whitespace (a test, not trim(): no new string per chunk per keystroke). */
const HAS_TEXT = /\S/;

/**
 * The last drafts built (the body and an email's subject): the same text again gets the same
 * Draft, with everything the engine remembered about it (its WeakMap caches hold only what the
 * text determines), so re-analysing an unchanged draft with other settings, or the popup's and
 * the page's views, costs the rules' passes only.
 */
const recentDrafts = new Map<string, Draft>();
const RECENT_DRAFTS = 2;

export function buildDraft(text: string): Draft {
  const known = recentDrafts.get(text);
  if (known) return known;
  const draft = buildNewDraft(text);
  if (recentDrafts.size >= RECENT_DRAFTS) recentDrafts.delete(recentDrafts.keys().next().value!);
  recentDrafts.set(text, draft);
  return draft;
}

function buildNewDraft(text: string): Draft {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const words: Token[] = [];
  const lines: Draft['lines'] = [];
  const tally = emptyTally();
  const sources: SentenceOrigin[] = [];
  startDraft();
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineIndex = lines.length;
    lines.push({ start: lineStart, end: lineStart + line.length });
    let chunkStart = lineStart;
    for (const chunk of chunksOf(line)) {
      if (HAS_TEXT.test(chunk)) addChunk(preparedChunk(chunk), chunkStart, lineIndex, { sentences, tokens, words, tally, sources });
      chunkStart += chunk.length;
    }
    lineStart += line.length + 1;
  }
  evictOldChunks();
  const draft: Draft = { text, sentences, tokens, words, lines };
  rememberTally(draft, tally);
  origins.set(draft, sources);
  return draft;
}

/** What buildDraft collects while it walks the chunks. */
interface DraftParts {
  sentences: Sentence[];
  tokens: Token[];
  words: Token[];
  tally: Tally;
  sources: SentenceOrigin[];
}

/**
 * A prepared sentence as it sat in the last draft that held it. An edit leaves every other
 * sentence where it was (same offset, line and index), and then its Sentence and Token
 * objects are reused as they are instead of made again: a 1,000-word draft is over a thousand
 * objects per keystroke otherwise. Nothing downstream mutates them.
 */
interface Placed {
  base: number;
  line: number;
  index: number;
  sentence: Sentence | null;
  tokens: Token[];
  words: Token[];
}
const placedLast = new WeakMap<PreparedSentence, Placed>();

/** Tokens and sentences of one prepared chunk, shifted to where the chunk sits in the text. */
function addChunk(prepared: readonly PreparedSentence[], base: number, line: number, { sentences, tokens, words, tally, sources }: DraftParts): void {
  for (const s of prepared) {
    addTally(tally, s.tally);
    const index = sentences.length;
    const firstToken = tokens.length;
    const placed = placedAt(s, base, line, index);
    appendAll(tokens, placed.tokens);
    appendAll(words, placed.words);
    if (!placed.sentence) continue;
    sentences.push(placed.sentence);
    sources.push({ source: s, firstToken });
  }
}

/** push(...items) is fastest for a sentence's tokens, but a huge unpunctuated paste would overflow the call's arguments. */
function appendAll<T>(target: T[], items: readonly T[]): void {
  if (items.length < 4096) target.push(...items);
  else for (const item of items) target.push(item);
}

function placedAt(s: PreparedSentence, base: number, line: number, index: number): Placed {
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
  recentDrafts.clear();
  clearChunkCache();
  clearSyllableCache();
  clearPhraseCaches();
  tagCache.clear();
}

export function cacheSizes(): { chunks: number; tags: number } {
  return { chunks: chunkCacheSize(), tags: tagCache.size };
}
