/**
 * A changed line's built-in word matches, and its matches of the patterns that stay within a
 * sentence, put together from its sentences' (phrases.ts): each sentence's matches are
 * remembered with its parse (per-sentence.ts), so typing in a long paragraph matches the edited
 * sentence again, not the whole line. Exact where no phrase can run across two sentences of the
 * line: their words are never joined by a mere space or hyphen; a pattern says it stays within
 * a sentence (`withinSentence`), and tests/unit/sentence-patterns.test.ts checks that on text.
 */
import { type Draft, sentenceOrigins } from './draft.ts';
import { sentencesOfLine } from './draft-build.ts';
import { firstStartingFrom } from './first-index.ts';
import { patternMatchesIn, type TextPattern } from './pattern-matches.ts';
import { perSentence } from './per-sentence.ts';
import type { DraftLine } from './phrase-lines.ts';
import { isJoiner, type PhraseMatch, possibleStarts, scanShared, sharedLists, startsVersion, type StreamWord, streamOf } from './phrase-stream.ts';

/** A sentence's stream, and every shared list's matches in the sentence's own offsets and tokens. */
interface SentenceMatches {
  stream: StreamWord[];
  /** As of these first words and shared lists (both only grow). */
  version: number;
  lists: number;
  matches: PhraseMatch[][];
}
const matchesOf = perSentence((sentence): SentenceMatches => ({ stream: streamOf(sentence.tokens, 0, sentence.tokens.length, sentence.start), version: -1, lists: -1, matches: [] }));

/** The index range in draft.sentences of the sentences on `line`, from the draft's own records (callers have checked it is a built draft). */
const sentencesOf = (draft: Draft, line: number): [number, number] => sentencesOfLine(draft, line)!;

/** Every shared list's matches in the line (as scanShared on its stream gives them), or null when its sentences cannot be matched apart. */
export function sharedBySentence(draft: Draft, line: DraftLine): PhraseMatch[][] | null {
  const origins = sentenceOrigins(draft);
  if (!origins) return null;
  const [from, to] = sentencesOf(draft, line.index);
  const lists = sharedLists().length;
  const out: PhraseMatch[][] = Array.from({ length: lists }, () => []);
  let lastEnd = -1;
  for (let k = from; k < to; k++) {
    const sentence = draft.sentences[k]!;
    const memo = matchesOf(draft, k);
    const { stream } = memo;
    if (stream.length === 0) continue;
    if (lastEnd >= 0 && isJoiner(draft.text.slice(lastEnd, sentence.start + stream[0]!.start))) return null;
    lastEnd = sentence.start + stream[stream.length - 1]!.end;
    if (memo.version !== startsVersion() || memo.lists !== lists) {
      memo.matches = scanShared(sentence.text, stream, possibleStarts(stream));
      memo.version = startsVersion();
      memo.lists = lists;
    }
    const offset = sentence.start - line.start;
    const tokens = origins[k]!.firstToken - line.firstToken;
    memo.matches.forEach((matches, i) => {
      for (const m of matches) out[i]!.push({ phrase: m.phrase, start: m.start + offset, end: m.end + offset, firstToken: m.firstToken + tokens, lastToken: m.lastToken + tokens });
    });
  }
  return out;
}

/** A pattern whose every match lies within one sentence. */
export type SentencePattern = TextPattern;

/** Every pattern that stays within a sentence, in the order compiled: a line matches them all in one pass. */
const patterns: SentencePattern[] = [];
export function registerSentencePattern(pattern: SentencePattern): void {
  patterns.push(pattern);
}
export const sentencePatterns = (): readonly SentencePattern[] => patterns;

/**
 * Per sentence parse, every sentence pattern's matches in the chunk the sentence opens (chunk
 * offsets, tokens counted from the sentence's first), parallel to sentencePatterns(). Found in
 * a copy of the chunk's text: a match is a slice of the text it was found in, and a slice of the
 * draft's would keep that whole draft alive with the parse.
 */
interface ChunkMatches {
  patterns: number;
  matches: PhraseMatch[][];
}
const chunkMatchesOf = perSentence((): ChunkMatches => ({ patterns: -1, matches: [] }));

/** A copy of `text` that shares no storage with the string it was sliced from. */
const ownCopy = (text: string): string => (' ' + text).slice(1);

/**
 * Every sentence pattern's matches in the line, chunk by chunk (the pieces compromise split the
 * line into: a sentence with any opening quote or bracket before it and the space after it);
 * null for a draft buildDraft did not make or a line without sentences. A chunk's matches are
 * remembered with the parse of its first sentence, which is cached by the chunk's text.
 */
export function patternsBySentence(draft: Draft, line: DraftLine): PhraseMatch[][] | null {
  const origins = sentenceOrigins(draft);
  if (!origins) return null;
  const [from, to] = sentencesOf(draft, line.index);
  if (from === to) return null;
  const out: PhraseMatch[][] = patterns.map(() => []);
  let stretchStart = line.start;
  for (let k = from; k < to; k++) {
    const origin = origins[k]!;
    if (k > from && origin.chunkStart === origins[k - 1]!.chunkStart) continue; // the chunk's second sentence: read with its first
    let next = k + 1;
    while (next < to && origins[next]!.chunkStart === origin.chunkStart) next++;
    const stretchEnd = next < to ? origins[next]!.chunkStart : line.start + line.text.length;
    let found: PhraseMatch[][];
    // A chunk compromise left without a sentence (no words) joins the stretch: then it is not the chunk, and is not remembered.
    if (stretchStart === origin.chunkStart && stretchEnd === origin.chunkEnd) {
      const memo = chunkMatchesOf(draft, k);
      if (memo.patterns !== patterns.length) {
        memo.matches = matchAll(draft, ownCopy(draft.text.slice(stretchStart, stretchEnd)), stretchStart, origin.firstToken);
        memo.patterns = patterns.length;
      }
      found = memo.matches;
    } else found = matchAll(draft, draft.text.slice(stretchStart, stretchEnd), stretchStart, origin.firstToken);
    const offset = stretchStart - line.start;
    const tokens = origin.firstToken - line.firstToken;
    for (let i = 0; i < found.length; i++) {
      for (const m of found[i]!) out[i]!.push({ phrase: m.phrase, start: m.start + offset, end: m.end + offset, firstToken: m.firstToken + tokens, lastToken: m.lastToken + tokens });
    }
    stretchStart = stretchEnd;
  }
  return out;
}

/** Every sentence pattern's matches in a stretch starting at `at` in the draft; tokens counted from `firstToken`. */
function matchAll(draft: Draft, text: string, at: number, firstToken: number): PhraseMatch[][] {
  // The last token starting at or before the offset; -1: the token before the stretch.
  const tokenAt = (offset: number): number => firstStartingFrom(draft.tokens, at + offset + 1) - 1 - firstToken;
  return patterns.map((pattern) => patternMatchesIn(text, pattern, tokenAt));
}
