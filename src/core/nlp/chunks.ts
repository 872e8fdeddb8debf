/**
 * Chunks: a draft is tokenized sentence by sentence (compromise's own sentence split of each
 * line), and each sentence is prepared once — compromise's terms aligned to chunk offsets, with
 * lexicon tags and sentence flags — then cached by its text. After an edit only the edited
 * sentence is tokenized again (tokenizing costs the same per word whether done by sentence or
 * by line); every other chunk costs a map lookup plus the Token objects buildDraft makes.
 */
import { lexiconTags, splitSentences, tokenize } from './compromise.ts';
import { type CacheEntry, RecentCache } from './recent-cache.ts';
import { hasLetter, type Tally, tallyOf } from './tallies.ts';

/** What a term is, wherever it sits: a chunk's prepared term or a draft's token. */
export interface TermFields {
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
}

/** A term of a chunk. Offsets are relative to the chunk's start (UTF-16 units). */
export interface PreparedTerm extends TermFields {
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
  /** Counts for the stats, reading grade and language check, summed per draft (tallies.ts). */
  tally: Tally;
  /** What analyses remember about the sentence while it stays cached, one slot per fact (per-sentence.ts). */
  facts: unknown[];
}

const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Sentences are small, so many are kept: enough for a long draft and its recent versions.
 * 50,000 cached sentences is far above any real draft; it only stops a pathological input.
 */
const lineCache = new RecentCache<string[]>(512, 8, 20_000);
const chunkCache = new RecentCache<PreparedSentence[]>(1024, 8, 50_000);
let draftNumber = 0;

/** Call once per draft before its chunks: marks which entries the newest drafts use. */
export function startDraft(): void {
  draftNumber++;
}

/** A cache entry a draft holds on to, so a later draft that takes its line over can mark it used (keepUsing). */
export type KeptEntry = CacheEntry<unknown>;

/** A line's chunks: its sentences, as compromise splits them (cached per line); the entry goes to `kept`. */
export function chunksOf(line: string, kept: KeptEntry[]): string[] {
  const entry = lineCache.entry(line, draftNumber, splitSentences);
  kept.push(entry);
  return entry.value;
}

/** A chunk's prepared sentences (cached per chunk); the entry goes to `kept`. */
export function preparedChunk(chunk: string, kept: KeptEntry[]): PreparedSentence[] {
  const entry = chunkCache.entry(chunk, draftNumber, prepare);
  kept.push(entry);
  return entry.value;
}

/** Marks entries an earlier draft looked up as used by this one: its lines are taken over without a lookup. */
export function keepUsing(kept: readonly KeptEntry[]): void {
  for (const entry of kept) entry.used = draftNumber;
}

/** Call after a draft's chunks: drops what no recent draft used. */
export function evictOldChunks(): void {
  lineCache.evict(draftNumber);
  chunkCache.evict(draftNumber);
}

export function clearChunkCache(): void {
  lineCache.clear();
  chunkCache.clear();
}

export const chunkCacheSize = (): number => chunkCache.size;

function prepare(chunk: string): PreparedSentence[] {
  return tokenize(chunk).map((raw) => {
    // Align each term to the chunk ourselves, so offsets are always inside it and on code-unit
    // boundaries whatever compromise does with odd characters.
    let cursor = Math.max(raw.start, 0);
    if (splitsPair(chunk, cursor)) cursor++;
    const terms = raw.terms.map((term): PreparedTerm => {
      const found = term.text ? findWhole(chunk, term.text, cursor) : -1;
      const start = found >= 0 ? found : cursor;
      const end = found >= 0 ? found + term.text.length : cursor;
      cursor = end;
      const text = chunk.slice(start, end);
      const tags = lexiconTags(term.implicit ?? term.normal);
      return { text, normal: term.normal, start, end, implicit: term.implicit, post: term.post, tags, isWord: WORDISH.test(text) };
    });
    const first = terms.find((t) => t.end > t.start);
    const last = terms.findLast((t) => t.end > t.start);
    const words = terms.filter((t) => t.isWord);
    if (!first || !last) return { terms, hasText: false, text: '', start: 0, end: 0, isQuestion: false, isExclamation: false, tally: tallyOf(terms, words, 0), facts: [] };
    const end = Math.min(chunk.length, last.end + trailingPunctuation(last.post).length);
    return {
      terms,
      hasText: true,
      tally: tallyOf(terms, words, terms.some((t) => hasLetter(t.text)) ? 1 : 0),
      text: chunk.slice(first.start, end),
      start: first.start,
      end,
      isQuestion: last.post.includes('?'),
      isExclamation: last.post.includes('!'),
      facts: [],
    };
  });
}

/** Does offset i fall between the halves of a surrogate pair (inside an emoji)? */
function splitsPair(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * First occurrence of `term` at or after `from` that starts and ends on character boundaries:
 * compromise may hand back a lone surrogate ("\uD83D") that also matches half of an emoji.
 */
function findWhole(chunk: string, term: string, from: number): number {
  for (let i = chunk.indexOf(term, from); i >= 0; i = chunk.indexOf(term, i + 1)) {
    if (!splitsPair(chunk, i) && !splitsPair(chunk, i + term.length)) return i;
  }
  return -1;
}

function trailingPunctuation(post: string): string {
  return /^[^\s]*/.exec(post)?.[0] ?? '';
}
