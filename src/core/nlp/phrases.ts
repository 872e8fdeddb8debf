/**
 * Token-based phrase matching, shared by every rule that looks for set phrases ("act now",
 * "award-winning", "I hope this email finds you well").
 *
 * Why tokens, not substrings: a phrase must start and end on word boundaries, may be written
 * with spaces or hyphens ("award winning" = "award-winning"), with any case or apostrophe
 * style, and must not run across punctuation or lines ("act, now" is not "act now").
 * The draft's words are indexed once; each matcher visits only where its first words occur.
 */
import type { Draft } from './draft.ts';
import { Lru } from './lru.ts';
import { wordOf } from './words.ts';

/** A slot in a phrase that matches any number ("only {n} left"). */
export const NUMBER_SLOT = '{n}';

export interface PhraseMatch {
  /** The phrase as it was listed (lets rules look up per-phrase data). */
  phrase: string;
  start: number;
  end: number;
  /** Indexes into draft.tokens of the first and last matched token. */
  firstToken: number;
  lastToken: number;
}

export interface PhraseMatcher {
  /** Compiled phrases by first word, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly { phrase: string; words: readonly string[] }[]>;
}

/** One word of the draft: hyphenated tokens are split so "e-mail" matches "e mail" too. */
interface StreamWord {
  key: string;
  start: number;
  end: number;
  token: number;
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few']);
const DIGITS = /^\d[\d,.]*$/;
const CURLY = /[’‘`]/;
const CURLY_ALL = /[’‘`]/g;
/** What may sit between two words of one phrase: spaces and at most one hyphen. */
const JOINER = /^[ \t\u00a0]*[-‑]?[ \t\u00a0]*$/;

/** Lower-case words of a phrase; hyphens and apostrophe styles normalised like the draft's. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[\s\-‑]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}#{'%]+|[^\p{L}\p{N}}'%]+$/gu, ''))
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

/** Built once per draft and shared by all rules. */
function indexOf(draft: Draft): WordIndex {
  const cached = indexes.get(draft);
  if (cached) return cached;
  const stream: StreamWord[] = [];
  const tokens = draft.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.end === token.start) continue; // the empty half of a contraction
    const key = CURLY.test(token.normal) ? wordOf(token) : token.normal;
    if (key.length < 2 || !key.includes('-')) {
      stream.push({ key, start: token.start, end: token.end, token: index });
      continue;
    }
    let offset = token.start;
    for (const part of token.text.split('-')) {
      if (part) stream.push({ key: part.toLowerCase().replace(CURLY_ALL, "'"), start: offset, end: offset + part.length, token: index });
      offset += part.length + 1;
    }
  }
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

const isNumber = (key: string): boolean => DIGITS.test(key) || NUMBER_WORDS.has(key);
const fits = (want: string, key: string): boolean => want === key || (want === NUMBER_SLOT && isNumber(key));

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
export function findPhrases(draft: Draft, matcher: PhraseMatcher, until = Infinity): PhraseMatch[] {
  const index = indexOf(draft);
  const stream = index.stream;
  const out: PhraseMatch[] = [];
  const numbered = matcher.byFirst.get(NUMBER_SLOT);
  let next = 0; // first stream word not yet covered by a match or already tried
  for (const i of startsOf(index, matcher)) {
    if (i < next) continue;
    next = i + 1;
    const head = stream[i]!;
    if (head.start >= until) break;
    const candidates = matcher.byFirst.get(head.key) ?? numbered;
    if (!candidates) continue;
    for (const candidate of candidates) {
      const last = matchAt(draft.text, stream, i, candidate.words);
      if (last < 0) continue;
      const tail = stream[last]!;
      out.push({ phrase: candidate.phrase, start: head.start, end: tail.end, firstToken: head.token, lastToken: tail.token });
      next = last + 1;
      break;
    }
  }
  return out;
}

/** Index of the last stream word of the phrase starting at i, or -1. */
function matchAt(text: string, stream: readonly StreamWord[], i: number, words: readonly string[]): number {
  for (let w = 0; w < words.length; w++) {
    const word = stream[i + w];
    if (!word || !fits(words[w]!, word.key)) return -1;
    if (w > 0 && !JOINER.test(text.slice(stream[i + w - 1]!.end, word.start))) return -1;
  }
  return i + words.length - 1;
}
