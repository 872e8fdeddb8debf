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
  phrase: string;
  start: number;
  end: number;
  /** Indexes into draft.tokens of the first and last matched token. */
  firstToken: number;
  lastToken: number;
}

/** A compiled word list: its phrases by first word, longest first. */
export interface WordList {
  readonly byFirst: ReadonlyMap<string, readonly { phrase: string; words: readonly string[] }[]>;
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

const isNumber = (key: string): boolean => DIGITS.test(key) || NUMBER_WORDS.has(key);
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

/** Of the possible starts, those where one of the list's phrases may start, in order. */
export function startsIn(stream: readonly StreamWord[], possible: readonly number[], list: WordList): number[] {
  const numbered = list.byFirst.has(NUMBER_SLOT);
  const starts: number[] = [];
  for (const i of possible) {
    const key = stream[i]!.key;
    if ((key !== NUMBER_SLOT && list.byFirst.has(key)) || (numbered && isNumber(key))) starts.push(i);
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
 * `starts` (stream positions in order). `text` is what the stream's offsets point into.
 */
export function scanStream(text: string, stream: readonly StreamWord[], list: WordList, starts: Iterable<number>): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const numbered = list.byFirst.get(NUMBER_SLOT);
  let next = 0; // first stream word not yet covered by a match or already tried
  for (const i of starts) {
    if (i < next) continue;
    next = i + 1;
    const head = stream[i]!;
    const candidates = list.byFirst.get(head.key) ?? numbered;
    if (!candidates) continue;
    for (const candidate of candidates) {
      const last = matchAt(text, stream, i, candidate.words);
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
