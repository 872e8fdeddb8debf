/**
 * The Draft: a text split into lines, sentences and tokens with UTF-16 offsets, built once per
 * analysis and shared by every rule. Tokenizing is cached per chunk (a line, or a slice of a
 * long line), so after a small edit only the edited chunk is tokenized again.
 */
import { Lru } from './lru.ts';
import { type RawSentence, lexiconTags, tagSentence, tokenize } from './compromise.ts';

export interface Token {
  text: string;
  /** Lower-case, punctuation-free form ("We're" -> "we're"). */
  normal: string;
  start: number;
  end: number;
  /** What a contraction part stands for ("can't" -> "can", then an empty token "not"). */
  implicit: string | null;
  /** Punctuation and spaces after the word. */
  post: string;
  /** Out-of-context tags from the lexicon, with parents ("Infinitive", "Verb", …). */
  tags: readonly string[];
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

const WORDISH = /[\p{L}\p{N}]/u;
/** Longest chunk tokenized as one piece; longer lines are cut at sentence ends. */
const CHUNK_CHARS = 600;
const chunkCache = new Lru<string, RawSentence[]>(4000);
const tagCache = new Lru<string, string[][]>(2000);

function cachedTokenize(chunk: string): RawSentence[] {
  let parsed = chunkCache.get(chunk);
  if (!parsed) {
    parsed = tokenize(chunk);
    chunkCache.set(chunk, parsed);
  }
  return parsed;
}

/** Cut a long line after sentence-ending punctuation followed by a space and a capital. */
function chunksOf(line: string): string[] {
  if (line.length <= CHUNK_CHARS) return [line];
  const out: string[] = [];
  const boundary = /[.!?…]+["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
  let from = 0;
  for (const m of line.matchAll(boundary)) {
    const cut = m.index + m[0].length;
    if (cut - from >= CHUNK_CHARS / 4) {
      out.push(line.slice(from, cut));
      from = cut;
    }
  }
  out.push(line.slice(from));
  return out;
}

export function buildDraft(text: string): Draft {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const lines: Draft['lines'] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineIndex = lines.length;
    lines.push({ start: lineStart, end: lineStart + line.length });
    let chunkStart = lineStart;
    for (const chunk of chunksOf(line)) {
      if (chunk.trim()) addChunk(text, chunk, chunkStart, lineIndex, sentences, tokens);
      chunkStart += chunk.length;
    }
    lineStart += line.length + 1;
  }
  return { text, sentences, tokens, words: tokens.filter((t) => WORDISH.test(t.text)), lines };
}

function addChunk(text: string, chunk: string, chunkStart: number, line: number, sentences: Sentence[], tokens: Token[]): void {
  const chunkEnd = chunkStart + chunk.length;
  for (const raw of cachedTokenize(chunk)) {
    const index = sentences.length;
    const sentenceTokens: Token[] = [];
    // Align each term to the text ourselves, so offsets are always inside the text and on
    // code-unit boundaries whatever compromise does with odd characters.
    let cursor = Math.max(chunkStart + raw.start, chunkStart);
    for (const term of raw.terms) {
      const found = term.text ? text.indexOf(term.text, cursor) : -1;
      const start = found >= 0 && found < chunkEnd ? found : cursor;
      const end = found >= 0 && found < chunkEnd ? found + term.text.length : cursor;
      cursor = end;
      const token: Token = {
        text: text.slice(start, end),
        normal: term.normal,
        start,
        end,
        implicit: term.implicit,
        post: term.post,
        tags: lexiconTags(term.implicit ?? term.normal),
        sentence: index,
      };
      sentenceTokens.push(token);
      tokens.push(token);
    }
    const first = sentenceTokens.find((t) => t.end > t.start);
    const last = sentenceTokens.findLast((t) => t.end > t.start);
    if (!first || !last) continue;
    const start = first.start;
    const end = Math.min(chunkEnd, last.end + trailingPunctuation(last.post).length);
    const punctuation = last.post;
    sentences.push({
      index,
      text: text.slice(start, end),
      start,
      end,
      tokens: sentenceTokens,
      line,
      isQuestion: punctuation.includes('?'),
      isExclamation: punctuation.includes('!'),
    });
  }
}

function trailingPunctuation(post: string): string {
  return /^[^\s]*/.exec(post)?.[0] ?? '';
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

export function hasTag(tags: readonly string[], tag: string): boolean {
  return tags.includes(tag);
}

/** Drop cached parses (tests measure cold runs with this). */
export function clearCaches(): void {
  chunkCache.clear();
  tagCache.clear();
}

export function cacheSizes(): { chunks: number; tags: number } {
  return { chunks: chunkCache.size, tags: tagCache.size };
}
