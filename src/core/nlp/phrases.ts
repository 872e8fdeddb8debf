/**
 * Token-based phrase matching, shared by every rule that looks for set phrases ("act now",
 * "award-winning", "I hope this email finds you well").
 *
 * Why tokens, not substrings: a phrase must start and end on word boundaries, may be written
 * with spaces or hyphens ("award winning" = "award-winning"), with any case or apostrophe
 * style, and must not run across punctuation or lines ("act, now" is not "act now").
 * Matches are found sentence by sentence and remembered per cached sentence (sentence-phrases.ts),
 * so after an edit only the edited sentence is matched again. A draft that cannot be split so is
 * indexed once instead; each matcher then visits only where its first words occur.
 *
 * A list whose words need their forms or their context spelled out ("best price" but not "best
 * regards") is written as a regular expression instead (line-patterns.ts: matched line by line,
 * cached per line). findPhrases takes either form and gives one kind of match, so a rule (and
 * definePhraseRule) does not care how its list is written.
 */
import type { Draft, Token } from './draft.ts';
import { type LinePattern, matchesIn } from './line-patterns.ts';
import { Lru } from './lru.ts';
import { isNumber, NUMBER_SLOT, type PhraseMatch, type PhraseMatcher, registerFirstWords, scanStream, type StreamWord, streamOf } from './phrase-stream.ts';
import { matchesBySentence } from './sentence-phrases.ts';

export { NUMBER_SLOT, type PhraseMatch, type PhraseMatcher } from './phrase-stream.ts';
export { type LinePattern, linePattern, wordsPattern } from './line-patterns.ts';

/** A compiled phrase list: words (compilePhrases) or a regular expression (wordsPattern, linePattern). */
export type Phrases = PhraseMatcher | LinePattern;

const CURLY_QUOTES = /[’‘`]/g;
const WORD_BREAKS = /[\s\-‑]+/;
/** Punctuation around a phrase word, kept: '#' ("#1"), '{…}' (slots), apostrophes and '%'. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}#{'%]+|[^\p{L}\p{N}}'%]+$/gu;

/** Lower-case words of a phrase; hyphens and apostrophe styles normalised like the draft's. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(CURLY_QUOTES, "'")
    .split(WORD_BREAKS)
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .filter((w) => w !== '');
}

export function compilePhrases(phrases: Iterable<string>): PhraseMatcher {
  const byFirst = new Map<string, { phrase: string; words: string[] }[]>();
  for (const phrase of phrases) {
    const words = phraseWords(phrase);
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    if (!list.some((p) => p.words.join(' ') === words.join(' '))) list.push({ phrase, words });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  registerFirstWords(byFirst.keys());
  return { byFirst };
}

const userLists = new Lru<string, PhraseMatcher>(16);

/** A matcher for a user's word list, compiled once per distinct list (settings change rarely). */
export function cachedMatcher(phrases: readonly string[]): PhraseMatcher {
  const key = phrases.join('\n');
  let matcher = userLists.get(key);
  if (!matcher) {
    matcher = compilePhrases(phrases);
    userLists.set(key, matcher);
  }
  return matcher;
}

/** The draft's words as a flat stream, and where each word occurs in it. */
interface WordIndex {
  stream: StreamWord[];
  at: Map<string, number[]>;
  /** Positions of numbers, for NUMBER_SLOT; built on first use. */
  numbers: number[] | null;
}
const indexes = new WeakMap<Draft, WordIndex>();

/** Built once per draft and shared by all rules (used when a draft cannot be matched sentence by sentence). */
function indexOf(draft: Draft): WordIndex {
  const cached = indexes.get(draft);
  if (cached) return cached;
  const stream = streamOf(draft.tokens);
  const at = new Map<string, number[]>();
  for (let i = 0; i < stream.length; i++) {
    const key = stream[i]!.key;
    const list = at.get(key);
    if (list) list.push(i);
    else at.set(key, [i]);
  }
  const built: WordIndex = { stream, at, numbers: null };
  indexes.set(draft, built);
  return built;
}

/** Scratch marks for startsOf, reused across calls (cleared after each use). */
let marks = new Uint8Array(4096);

/**
 * Where a phrase of the matcher may start, in text order. Rules run a dozen matchers on every
 * keystroke: looking up each matcher's first words costs O(hits), a scan of the draft O(words).
 */
function startsOf(index: WordIndex, matcher: PhraseMatcher): number[] {
  if (marks.length < index.stream.length) marks = new Uint8Array(index.stream.length * 2);
  let lo = Infinity;
  let hi = -1;
  for (const first of matcher.byFirst.keys()) {
    const list = first === NUMBER_SLOT ? (index.numbers ??= numberPositions(index.stream)) : index.at.get(first);
    if (!list || list.length === 0) continue;
    for (const i of list) marks[i] = 1;
    lo = Math.min(lo, list[0]!);
    hi = Math.max(hi, list[list.length - 1]!);
  }
  // Read the marks back in order: sorted and de-duplicated without a sort.
  const starts: number[] = [];
  for (let i = lo; i <= hi; i++) {
    if (marks[i]) {
      starts.push(i);
      marks[i] = 0;
    }
  }
  return starts;
}

function numberPositions(stream: readonly StreamWord[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < stream.length; i++) if (isNumber(stream[i]!.key)) out.push(i);
  return out;
}

/**
 * Non-overlapping matches, left to right, longest phrase first at each position. `until`
 * stops the scan at that text offset (e.g. a rule that only reads the opening sentence).
 */
export function findPhrases(draft: Draft, matcher: Phrases, until = Infinity): PhraseMatch[] {
  if ('regex' in matcher) return patternMatches(draft, matcher, until);
  const bySentence = matchesBySentence(draft, matcher, until);
  if (bySentence) return bySentence;
  const index = indexOf(draft);
  return scanStream(draft.text, index.stream, matcher, startsOf(index, matcher), until);
}

/** A regular-expression list's matches as phrase matches: `phrase` is the matched text, tokens found by offset. */
function patternMatches(draft: Draft, pattern: LinePattern, until: number): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const m of matchesIn(draft, pattern)) {
    if (m.start >= until) break;
    out.push({ phrase: m.text, start: m.start, end: m.end, firstToken: tokenAt(draft.tokens, m.start), lastToken: tokenAt(draft.tokens, m.end - 1) });
  }
  return out;
}

/** Index of the last token starting at or before `offset` (0 when none does). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
