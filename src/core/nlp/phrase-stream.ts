/**
 * How a word list is matched (phrases.ts): a run of tokens as a stream of lower-case words,
 * hyphenated tokens split so "e-mail" matches "e mail" too, and the greedy scan over it.
 */
import type { Token } from './draft.ts';
import { wordOf } from './words.ts';

/** A slot in a phrase that matches any number ("only {n} left"). */
export const NUMBER_SLOT = '{n}';

/** One match of a phrase list; the one kind of match the engine gives (phrases.ts findPhrases). */
export interface PhraseMatch {
  /** The phrase as it was listed (lets rules look up per-phrase data); a pattern's matched text. */
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  /** Indexes into draft.tokens of the first and last matched token. */
  readonly firstToken: number;
  readonly lastToken: number;
}

interface Candidate {
  phrase: string;
  words: readonly string[];
}
type Candidates = readonly Candidate[];

/** The phrases that share a first word, longest first; and by second word, those that may follow it. */
export interface FirstWordGroup {
  readonly all: Candidates;
  /** For a second word: the phrases with that second word, a {n} second or none, in the order of `all`. */
  readonly bySecond: ReadonlyMap<string, Candidates>;
  /** The phrases with a {n} second word or none, in the order of `all`. */
  readonly rest: Candidates;
}

/** A compiled word list: its phrases by first word. */
export interface WordList {
  readonly byFirst: ReadonlyMap<string, FirstWordGroup>;
}

/** Groups phrases by first word, longest first (phrases.ts compilePhrases). */
export function byFirstWord(phrases: Iterable<Candidate>): Map<string, FirstWordGroup> {
  const lists = new Map<string, Candidate[]>();
  for (const candidate of phrases) {
    const first = candidate.words[0]!;
    const list = lists.get(first) ?? [];
    if (!list.some((p) => p.words.join(' ') === candidate.words.join(' '))) list.push(candidate);
    lists.set(first, list);
  }
  const groups = new Map<string, FirstWordGroup>();
  for (const [first, list] of lists) {
    list.sort((a, b) => b.words.length - a.words.length);
    const open = (c: Candidate): boolean => c.words.length === 1 || c.words[1] === NUMBER_SLOT;
    const bySecond = new Map<string, Candidates>();
    for (const { words } of list) {
      const second = words[1];
      if (second !== undefined && second !== NUMBER_SLOT && !bySecond.has(second)) bySecond.set(second, list.filter((c) => open(c) || c.words[1] === second));
    }
    groups.set(first, { all: list, bySecond, rest: list.filter(open) });
  }
  return groups;
}

/** One word of the stream; `token` indexes the run of tokens the stream was made from. */
export interface StreamWord {
  key: string;
  start: number;
  end: number;
  token: number;
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few']);
const DIGITS = /^\d[\d,.]*$/;
const CURLY_ALL = /[’‘`]/g;
/** What may sit between two words of one phrase: spaces and at most one hyphen (never a line break). */
const JOINER = /^[ \t\u00a0]*[-‑]?[ \t\u00a0]*$/;
export const isJoiner = (gap: string): boolean => JOINER.test(gap);

/** Runs on most words of a line: the regex only for words that start with a digit. */
function isNumber(key: string): boolean {
  const first = key.charCodeAt(0);
  return (first >= 48 && first <= 57 && DIGITS.test(key)) || NUMBER_WORDS.has(key);
}
const fits = (want: string, key: string): boolean => want === key || (want === NUMBER_SLOT && isNumber(key));

/**
 * First words of every word list compiled so far (compilePhrases registers them): where none
 * of them occurs, no list can start, so a line's stream is searched for starts once rather
 * than once per list. Only ever grows; `version` says when it did.
 */
const firstWords = new Set<string>();
let firstWordsVersion = 0;

export function registerFirstWords(words: Iterable<string>): void {
  for (const word of words) {
    if (firstWords.has(word)) continue;
    firstWords.add(word);
    firstWordsVersion++;
  }
}

export const startsVersion = (): number => firstWordsVersion;

/** Stream positions where some compiled phrase may start (a listed first word, or a number). */
export function possibleStarts(stream: readonly StreamWord[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i < stream.length; i++) {
    const key = stream[i]!.key;
    if (firstWords.has(key) || isNumber(key)) starts.push(i);
  }
  return starts;
}

/** The words of tokens[from, to), offsets less `base`, `token` counted from `from`. */
export function streamOf(tokens: readonly Token[], from: number, to: number, base: number): StreamWord[] {
  const stream: StreamWord[] = [];
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    if (token.end === token.start) continue; // the empty half of a contraction
    const key = wordOf(token);
    if (key.length < 2 || !key.includes('-')) {
      stream.push({ key, start: token.start - base, end: token.end - base, token: index - from });
      continue;
    }
    let offset = token.start - base;
    for (const part of token.text.split('-')) {
      if (part) stream.push({ key: part.toLowerCase().replace(CURLY_ALL, "'"), start: offset, end: offset + part.length, token: index - from });
      offset += part.length + 1;
    }
  }
  return stream;
}

/**
 * Non-overlapping matches, left to right, longest phrase first at each position, trying only
 * `starts` (possibleStarts: stream positions in order). `text` is what the stream's offsets point into.
 */
export function scanStream(text: string, stream: readonly StreamWord[], list: WordList, starts: readonly number[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const numbered = list.byFirst.get(NUMBER_SLOT);
  let next = 0; // first stream word not yet covered by a match
  for (const i of starts) {
    if (i < next) continue;
    const key = stream[i]!.key;
    // A listed first word, else a number for a list with a {n} first (never the slot's own spelling).
    const candidates = key === NUMBER_SLOT ? undefined : (list.byFirst.get(key) ?? (numbered && isNumber(key) ? numbered : undefined));
    if (candidates) next = matchAt(text, stream, i, candidates, out, next);
  }
  return out;
}

/**
 * The built-in word lists (compilePhrases shares each), by first word: where a line changed, one
 * pass over its possible starts matches them all, one lookup a word whatever the number of lists.
 * A user's list is scanned on its own (scanStream): they are few, and change.
 */
const shared: WordList[] = [];
const sharedByFirst = new Map<string, { index: number; candidates: FirstWordGroup }[]>();
const sharedNumbered: { index: number; list: WordList; candidates: FirstWordGroup }[] = [];

export function shareList(list: WordList): void {
  const index = shared.push(list) - 1;
  for (const [word, candidates] of list.byFirst) {
    if (word === NUMBER_SLOT) sharedNumbered.push({ index, list, candidates });
    else sharedByFirst.set(word, [...(sharedByFirst.get(word) ?? []), { index, candidates }]);
  }
}

export const sharedLists = (): readonly WordList[] => shared;

/** What scanStream gives for every shared list, in one pass; parallel to sharedLists(). */
export function scanShared(text: string, stream: readonly StreamWord[], starts: readonly number[]): PhraseMatch[][] {
  const out: PhraseMatch[][] = shared.map(() => []);
  const next: number[] = shared.map(() => 0);
  for (const i of starts) {
    const key = stream[i]!.key;
    if (key === NUMBER_SLOT) continue;
    const lists = sharedByFirst.get(key);
    if (lists) for (const { index, candidates } of lists) if (i >= next[index]!) next[index] = matchAt(text, stream, i, candidates, out[index]!, next[index]!);
    if (sharedNumbered.length === 0 || !isNumber(key)) continue;
    for (const { index, list, candidates } of sharedNumbered) {
      if (i >= next[index]! && !list.byFirst.has(key)) next[index] = matchAt(text, stream, i, candidates, out[index]!, next[index]!);
    }
  }
  return out;
}

/** Groups this short are tried whole: looking up the second word would cost more. */
const SHORT_GROUP = 4;

/**
 * The longest candidate starting at stream word i, pushed to `out`; returns the stream word
 * after it (where the list's next match may start), or `next` unchanged when none matches.
 * Only phrases whose second word may follow are tried (words shared by many lists, "we", "the",
 * head dozens of phrases).
 */
function matchAt(text: string, stream: readonly StreamWord[], i: number, group: FirstWordGroup, out: PhraseMatch[], next: number): number {
  const following = stream[i + 1]?.key;
  const candidates = group.all.length < SHORT_GROUP || following === undefined ? group.all : (group.bySecond.get(following) ?? group.rest);
  for (const { phrase, words } of candidates) {
    const last = lastWordOf(text, stream, i, words);
    if (last < 0) continue;
    const head = stream[i]!;
    const tail = stream[last]!;
    out.push({ phrase, start: head.start, end: tail.end, firstToken: head.token, lastToken: tail.token });
    return last + 1;
  }
  return next;
}

/** Index of the last stream word of the phrase starting at i, or -1. */
function lastWordOf(text: string, stream: readonly StreamWord[], i: number, words: readonly string[]): number {
  if (i + words.length > stream.length) return -1;
  for (let w = 0; w < words.length; w++) if (!fits(words[w]!, stream[i + w]!.key)) return -1;
  // The gaps last: many phrases share their first words ("we are thrilled", "we are proud"), and a slice per try cost more than the words.
  for (let w = 1; w < words.length; w++) if (!JOINER.test(text.slice(stream[i + w - 1]!.end, stream[i + w]!.start))) return -1;
  return i + words.length - 1;
}
