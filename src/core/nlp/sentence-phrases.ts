/**
 * Phrase matches per sentence, remembered for as long as the sentence's parse is cached: after
 * an edit only the edited sentence is matched again, every other one costs a lookup. Exact
 * because a phrase cannot run across sentences (findPhrases checks that the draft's sentence
 * gaps hold punctuation or a line break, and matches the whole draft at once otherwise).
 */
import { type Draft, type Sentence, sentenceOrigins } from './draft.ts';
import { perSentence } from './per-sentence.ts';
import { isNumber, JOINER, NUMBER_SLOT, type PhraseMatch, type PhraseMatcher, possibleStarts, scanStream, startsVersion, type StreamWord, streamOf } from './phrase-stream.ts';

/** A sentence's stream and matches, in its own offsets (from sentence.start) and token indexes. */
interface SentencePhrases {
  stream: StreamWord[];
  /** Where any compiled phrase may start (phrase-stream.ts possibleStarts), as of `version`. */
  starts: number[];
  version: number;
  /** Few matchers (built-in lists and the user's): a Map is cheaper than a WeakMap here. */
  byMatcher: Map<PhraseMatcher, PhraseMatch[]>;
}
/** Remembered with the sentence's cached parse (per-sentence.ts), shared by every draft using it. */
const phrasesOf = perSentence((sentence): SentencePhrases => ({ stream: streamOf(sentence.tokens, sentence.start), starts: [], version: -1, byMatcher: new Map() }));

/** A draft's sentences with their memo entries, looked up once per draft for all matchers. */
interface Part {
  sentence: Sentence;
  firstToken: number;
  phrases: SentencePhrases;
}
/** null: the draft cannot be matched sentence by sentence. */
const partsByDraft = new WeakMap<Draft, Part[] | null>();

/**
 * The draft's matches, sentence by sentence; null when the draft cannot be split so (it was not
 * made by buildDraft, or two sentences meet with only a space or hyphen between them).
 */
export function matchesBySentence(draft: Draft, matcher: PhraseMatcher, until: number): PhraseMatch[] | null {
  const parts = partsOf(draft);
  if (!parts) return null;
  const out: PhraseMatch[] = [];
  const version = startsVersion();
  for (const { sentence, firstToken, phrases } of parts) {
    if (sentence.start >= until) break;
    if (phrases.version !== version) {
      phrases.starts = possibleStarts(phrases.stream);
      phrases.version = version;
    }
    if (phrases.starts.length === 0) continue;
    let matches = phrases.byMatcher.get(matcher);
    if (!matches) {
      matches = scanStream(sentence.text, phrases.stream, matcher, startsIn(phrases.stream, phrases.starts, matcher));
      phrases.byMatcher.set(matcher, matches);
    }
    for (const m of matches) {
      const start = sentence.start + m.start;
      if (start >= until) break;
      out.push({ phrase: m.phrase, start, end: sentence.start + m.end, firstToken: firstToken + m.firstToken, lastToken: firstToken + m.lastToken });
    }
  }
  return out;
}

/** Of the sentence's possible starts, those where one of the matcher's phrases may start, in order. */
function startsIn(stream: readonly StreamWord[], possible: readonly number[], matcher: PhraseMatcher): number[] {
  const numbered = matcher.byFirst.has(NUMBER_SLOT);
  const starts: number[] = [];
  for (const i of possible) {
    const key = stream[i]!.key;
    if ((key !== NUMBER_SLOT && matcher.byFirst.has(key)) || (numbered && isNumber(key))) starts.push(i);
  }
  return starts;
}

/**
 * The draft's parts, or null unless every sentence has a cached origin and no two sentences'
 * words are joined by a mere space or hyphen (a phrase could then run across them).
 */
function partsOf(draft: Draft): Part[] | null {
  const cached = partsByDraft.get(draft);
  if (cached !== undefined) return cached;
  const origins = sentenceOrigins(draft);
  let parts: Part[] | null = origins ? [] : null;
  let lastEnd = -1;
  for (let i = 0; origins && parts && i < draft.sentences.length; i++) {
    const sentence = draft.sentences[i]!;
    const phrases = phrasesOf(draft, i);
    parts.push({ sentence, firstToken: origins[i]!.firstToken, phrases });
    const first = phrases.stream[0];
    const last = phrases.stream[phrases.stream.length - 1];
    if (!first || !last) continue;
    if (lastEnd >= 0 && JOINER.test(draft.text.slice(lastEnd, sentence.start + first.start))) {
      parts = null;
      break;
    }
    lastEnd = sentence.start + last.end;
  }
  partsByDraft.set(draft, parts);
  return parts;
}
