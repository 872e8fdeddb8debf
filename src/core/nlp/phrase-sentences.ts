/**
 * A changed line's built-in word matches, put together from its sentences' (phrases.ts): each
 * sentence's matches are remembered with its parse (per-sentence.ts), so typing in a long
 * paragraph matches the edited sentence again, not the whole line. Exact where no phrase can
 * run across two sentences of the line: their words are never joined by a mere space or hyphen.
 */
import { type Draft, sentenceOrigins } from './draft.ts';
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

/** Index in draft.sentences of each line's first sentence, per draft (made when a line first changes). */
const firstSentences = new WeakMap<Draft, Int32Array>();

function sentencesOf(draft: Draft, line: number): [number, number] {
  let first = firstSentences.get(draft);
  if (!first) {
    first = new Int32Array(draft.lines.length + 1).fill(draft.sentences.length);
    for (let i = draft.sentences.length - 1; i >= 0; i--) first[draft.sentences[i]!.line] = i;
    for (let l = draft.lines.length - 1; l >= 0; l--) first[l] = Math.min(first[l]!, first[l + 1]!);
    firstSentences.set(draft, first);
  }
  return [first[line]!, first[line + 1]!];
}

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
