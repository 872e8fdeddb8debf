/**
 * Chunks: a draft is tokenized piece by piece (a line, or a slice of a long line), and each
 * piece is prepared once — compromise's terms aligned to chunk offsets, with lexicon tags and
 * sentence flags — then cached by its text. After an edit only the edited chunk is prepared
 * again; every other chunk costs a map lookup plus the Token objects buildDraft makes from it.
 */
import { lexiconTags, tokenize } from './compromise.ts';

/** A term of a chunk. Offsets are relative to the chunk's start (UTF-16 units). */
export interface PreparedTerm {
  text: string;
  normal: string;
  start: number;
  end: number;
  implicit: string | null;
  post: string;
  tags: readonly string[];
  /** A word or number (not an emoji, bare punctuation or an empty contraction half). */
  isWord: boolean;
}

export interface PreparedSentence {
  terms: PreparedTerm[];
  /** False when no term has text: its tokens exist, but it is not a sentence. */
  hasText: boolean;
  text: string;
  start: number;
  end: number;
  isQuestion: boolean;
  isExclamation: boolean;
}

const WORDISH = /[\p{L}\p{N}]/u;
/** Longest chunk tokenized as one piece; longer lines are cut at sentence ends. */
const CHUNK_CHARS = 600;
const SENTENCE_END = /[.!?…]+["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;

/** Cut a long line after sentence-ending punctuation followed by a space and a capital. */
export function chunksOf(line: string): string[] {
  if (line.length <= CHUNK_CHARS) return [line];
  const out: string[] = [];
  let from = 0;
  for (const m of line.matchAll(SENTENCE_END)) {
    const cut = m.index + m[0].length;
    if (cut - from >= CHUNK_CHARS / 4) {
      out.push(line.slice(from, cut));
      from = cut;
    }
  }
  out.push(line.slice(from));
  return out;
}

function prepare(chunk: string): PreparedSentence[] {
  return tokenize(chunk).map((raw) => {
    // Align each term to the chunk ourselves, so offsets are always inside it and on code-unit
    // boundaries whatever compromise does with odd characters.
    let cursor = Math.max(raw.start, 0);
    const terms = raw.terms.map((term): PreparedTerm => {
      const found = term.text ? chunk.indexOf(term.text, cursor) : -1;
      const start = found >= 0 ? found : cursor;
      const end = found >= 0 ? found + term.text.length : cursor;
      cursor = end;
      const text = chunk.slice(start, end);
      const tags = lexiconTags(term.implicit ?? term.normal);
      return { text, normal: term.normal, start, end, implicit: term.implicit, post: term.post, tags, isWord: WORDISH.test(text) };
    });
    const first = terms.find((t) => t.end > t.start);
    const last = terms.findLast((t) => t.end > t.start);
    if (!first || !last) return { terms, hasText: false, text: '', start: 0, end: 0, isQuestion: false, isExclamation: false };
    const end = Math.min(chunk.length, last.end + trailingPunctuation(last.post).length);
    return {
      terms,
      hasText: true,
      text: chunk.slice(first.start, end),
      start: first.start,
      end,
      isQuestion: last.post.includes('?'),
      isExclamation: last.post.includes('!'),
    };
  });
}

function trailingPunctuation(post: string): string {
  return /^[^\s]*/.exec(post)?.[0] ?? '';
}

/**
 * The cache is bounded by use, not by count alone: chunks used by any of the last few drafts
 * stay (so a 50,000-word draft keeps all its chunks), and older ones are dropped once more
 * than FLOOR are held. Typing makes a new chunk per keystroke; those age out instead of piling
 * up to a fixed cap (4,000 chunks held ~48 MB after 10,000 edits).
 */
const FLOOR = 256;
const KEEP_DRAFTS = 8;
const HARD_CAP = 20_000;
const cache = new Map<string, { sentences: PreparedSentence[]; used: number }>();
let draftNumber = 0;

/** Call once per draft before its chunks: marks which chunks the newest drafts use. */
export function startDraft(): void {
  draftNumber++;
}

export function preparedChunk(chunk: string): PreparedSentence[] {
  let entry = cache.get(chunk);
  if (entry) cache.delete(chunk); // re-inserted below: Map order is least recently used first
  else entry = { sentences: prepare(chunk), used: 0 };
  entry.used = draftNumber;
  cache.set(chunk, entry);
  return entry.sentences;
}

/** Call after a draft's chunks: drops chunks no recent draft used. */
export function evictOldChunks(): void {
  for (const [key, entry] of cache) {
    const stale = entry.used <= draftNumber - KEEP_DRAFTS;
    if (cache.size <= FLOOR || (!stale && cache.size <= HARD_CAP)) break;
    cache.delete(key);
  }
}

export function clearChunkCache(): void {
  cache.clear();
}

export const chunkCacheSize = (): number => cache.size;
