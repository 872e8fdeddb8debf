/**
 * Building a Draft line by line (draft.ts). A new text is built from the recent draft it shares
 * the most with: an edit changes a few lines, and every line before them — and after them, when
 * nothing there moved — is taken over as it stands (its Sentence and Token objects, where they
 * sit in the draft's arrays, its tally) instead of being looked up chunk by chunk again. Only the
 * changed lines are walked, and the result is exactly what walking every line gives
 * (tests/unit/draft-build.test.ts).
 */
import { chunksOf, evictOldChunks, type KeptEntry, keepUsing, type PreparedSentence, preparedChunk, startDraft } from './chunks.ts';
import type { Draft, Sentence, Token } from './draft.ts';
import { commonEnd, commonStart } from './common-ends.ts';
import { firstNotBefore } from './first-index.ts';
import { placedAt } from './placed-sentence.ts';
import { addTally, draftTally, emptyTally, rememberTally, subtractTally, type Tally } from './tallies.ts';
import { DraftMemo } from './draft-memo.ts';

/**
 * Where each sentence came from: its cached parse (the same object for every draft that holds
 * the same sentence, while cached) and the index of its first token in draft.tokens. Lets
 * analyses remember per-sentence results across edits (per-sentence.ts).
 */
export interface SentenceOrigin {
  source: PreparedSentence;
  firstToken: number;
  /** Where the chunk compromise split the line into, and this sentence came from, starts and ends in draft.text (phrase-sentences.ts). */
  chunkStart: number;
  chunkEnd: number;
}
/** One array per draft, parallel to draft.sentences (one WeakMap entry per sentence costs more). */
const origins = new DraftMemo<SentenceOrigin[]>();

/** Parallel to draft.sentences; undefined for a draft buildDraft did not make. */
export function sentenceOrigins(draft: Draft): readonly SentenceOrigin[] | undefined {
  // Asked for every sentence by every per-sentence fact: draft-memo.ts keeps the last drafts at hand.
  return origins.get(draft);
}

/** One line of a built draft: where its own sentences, tokens and words begin in the draft's arrays, and its counts. */
interface LineRecord {
  sentence: number;
  token: number;
  word: number;
  tally: Tally;
  /** The cache entries the line looked up, marked used again when a later draft takes the line over. */
  kept: KeptEntry[];
}
/** Per draft, one record per line, then one that marks the ends of the arrays. */
const lineRecords = new DraftMemo<LineRecord[]>();

/**
 * How a draft was built from an earlier one: its lines before `firstLine` are that draft's, as
 * they were; so are its lines after `lastLine` (the earlier draft's numbering) when `endInPlace`
 * (same offsets, line and token numbers). Lets what is worked out per line (phrases.ts) be taken
 * over the same way.
 */
export interface Splice {
  prev: Draft;
  firstLine: number;
  lastLine: number;
  /** The new draft's last line of those walked again. */
  lastNewLine: number;
  endInPlace: boolean;
}
/** Per draft; a draft's own record is dropped once a newer one is built from it, so no chain of drafts stays alive. */
const splices = new DraftMemo<Splice>();

/**
 * The index range [first, end) in draft.sentences of the sentences that start on `line`, from
 * the records made while building the draft; undefined for a draft buildDraft did not make.
 */
export function sentencesOfLine(draft: Draft, line: number): [number, number] | undefined {
  const records = lineRecords.get(draft);
  return records ? [records[line]!.sentence, records[line + 1]!.sentence] : undefined;
}

/** How the draft was built from the last one (by-lines.ts); undefined for a draft walked whole. */
export function spliceOf(draft: Draft): Splice | undefined {
  return splices.get(draft);
}

/** Not only whitespace (a test, not trim(): no new string per chunk per keystroke). */
const HAS_TEXT = /\S/;

/** The draft being built: the arrays buildDraft fills, in order. */
class DraftParts {
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  words: Token[] = [];
  lines: Draft['lines'] = [];
  sources: SentenceOrigin[] = [];
  records: LineRecord[] = [];

  /** Walks one line of the text: its chunks' tokens and sentences, placed where the line sits. */
  walkLine(line: string, lineStart: number): Tally {
    const lineIndex = this.lines.length;
    this.lines.push({ start: lineStart, end: lineStart + line.length });
    const record: LineRecord = { sentence: this.sentences.length, token: this.tokens.length, word: this.words.length, tally: emptyTally(), kept: [] };
    this.records.push(record);
    let chunkStart = lineStart;
    for (const chunk of chunksOf(line, record.kept)) {
      if (HAS_TEXT.test(chunk)) this.addChunk(preparedChunk(chunk, record.kept), chunkStart, chunk.length, lineIndex, record.tally);
      chunkStart += chunk.length;
    }
    return record.tally;
  }

  /** Tokens and sentences of one prepared chunk, shifted to where the chunk sits in the text. */
  private addChunk(prepared: readonly PreparedSentence[], base: number, length: number, line: number, tally: Tally): void {
    for (const s of prepared) {
      addTally(tally, s.tally);
      const index = this.sentences.length;
      const firstToken = this.tokens.length;
      const placed = placedAt(s, base, line, index);
      appendAll(this.tokens, placed.tokens);
      appendAll(this.words, placed.words);
      if (!placed.sentence) continue;
      this.sentences.push(placed.sentence);
      this.sources.push({ source: s, firstToken, chunkStart: base, chunkEnd: base + length });
    }
  }

  finish(text: string, tally: Tally): Draft {
    this.records.push({ sentence: this.sentences.length, token: this.tokens.length, word: this.words.length, tally: emptyTally(), kept: [] });
    const draft: Draft = { text, sentences: this.sentences, tokens: this.tokens, words: this.words, lines: this.lines };
    rememberTally(draft, tally);
    origins.set(draft, this.sources);
    lineRecords.set(draft, this.records);
    return draft;
  }
}

/** `text` as a Draft, taking over what it can from the most similar of `recent` (drafts this module built). */
export function buildFrom(text: string, recent: Iterable<Draft>): Draft {
  startDraft();
  const base = closestOf(text, recent);
  const draft = base ? splice(text, base) : walkAll(text);
  evictOldChunks();
  return draft;
}

function walkAll(text: string): Draft {
  const parts = new DraftParts();
  const tally = emptyTally();
  let lineStart = 0;
  for (const line of text.split('\n')) {
    addTally(tally, parts.walkLine(line, lineStart));
    lineStart += line.length + 1;
  }
  return parts.finish(text, tally);
}

interface Base {
  prev: Draft;
  records: LineRecord[];
  /** Length of the common start, and of the common end (not overlapping it). */
  same: number;
  sameEnd: number;
}

/** The recent draft that shares the most text with `text` at its start and end. */
function closestOf(text: string, recent: Iterable<Draft>): Base | null {
  let best: Base | null = null;
  for (const prev of recent) {
    const records = lineRecords.get(prev);
    if (!records) continue;
    const same = commonStart(prev.text, text);
    const sameEnd = commonEnd(prev.text, text, Math.min(prev.text.length, text.length) - same);
    if (!best || same + sameEnd > best.same + best.sameEnd) best = { prev, records, same, sameEnd };
  }
  return best;
}

/**
 * The lines the edit touched are walked again; those before them are taken over; those after
 * them are taken over when they sit exactly where they were (same offset, line and sentence
 * numbers, as after a letter replaced), and walked again otherwise (their offsets moved).
 */
function splice(text: string, { prev, records, same, sameEnd }: Base): Draft {
  const oldLines = prev.lines;
  const shift = text.length - prev.text.length;
  // The lines holding the change, generously: one that ends where the change starts is walked too.
  const first = firstLineEndingFrom(oldLines, same);
  const last = lastLineStartingBy(oldLines, prev.text.length - sameEnd);
  const parts = new DraftParts();
  const from = records[first]!;
  parts.sentences = prev.sentences.slice(0, from.sentence);
  parts.tokens = prev.tokens.slice(0, from.token);
  parts.words = prev.words.slice(0, from.word);
  parts.lines = oldLines.slice(0, first);
  parts.sources = origins.get(prev)!.slice(0, from.sentence);
  parts.records = records.slice(0, first);
  for (const record of parts.records) keepUsing(record.kept);

  const tally = { ...draftTally(prev) };
  for (let i = first; i <= last; i++) subtractTally(tally, records[i]!.tally);
  let lineStart = oldLines[first]!.start;
  for (const line of text.slice(lineStart, oldLines[last]!.end + shift).split('\n')) {
    addTally(tally, parts.walkLine(line, lineStart));
    lineStart += line.length + 1;
  }

  const after = records[last + 1]!;
  const lastNewLine = parts.lines.length - 1;
  const unmoved = shift === 0 && lastNewLine === last && parts.sentences.length === after.sentence;
  const endInPlace = unmoved && parts.tokens.length === after.token;
  if (unmoved) takeOverEnd(parts, prev, records, last + 1);
  else {
    for (let i = last + 1; i < oldLines.length; i++) {
      subtractTally(tally, records[i]!.tally);
      addTally(tally, parts.walkLine(text.slice(oldLines[i]!.start + shift, oldLines[i]!.end + shift), oldLines[i]!.start + shift));
    }
  }
  const draft = parts.finish(text, tally);
  splices.delete(prev);
  splices.set(draft, { prev, firstLine: first, lastLine: last, lastNewLine, endInPlace });
  return draft;
}

/** Takes over the previous draft's lines from `line` on, where nothing moved but token and word counts before them. */
function takeOverEnd(parts: DraftParts, prev: Draft, records: LineRecord[], line: number): void {
  const from = records[line]!;
  const tokenShift = parts.tokens.length - from.token;
  const wordShift = parts.words.length - from.word;
  appendAll(parts.lines, prev.lines.slice(line));
  appendAll(parts.sentences, prev.sentences.slice(from.sentence));
  appendAll(parts.tokens, prev.tokens.slice(from.token));
  appendAll(parts.words, prev.words.slice(from.word));
  const sources = origins.get(prev)!;
  for (let i = from.sentence; i < sources.length; i++) {
    const origin = sources[i]!;
    parts.sources.push(tokenShift === 0 ? origin : { ...origin, firstToken: origin.firstToken + tokenShift });
  }
  for (let i = line; i < records.length - 1; i++) {
    const record = records[i]!;
    keepUsing(record.kept);
    parts.records.push(tokenShift === 0 && wordShift === 0 ? record : { ...record, token: record.token + tokenShift, word: record.word + wordShift });
  }
}

/** Index of the first line whose end is at or after `offset`. */
const firstLineEndingFrom = (lines: Draft['lines'], offset: number): number => firstNotBefore(lines, (line) => line.end < offset);

/** Index of the last line that starts at or before `offset` (the first line starts at 0). */
const lastLineStartingBy = (lines: Draft['lines'], offset: number): number => firstNotBefore(lines, (line) => line.start <= offset) - 1;

/** push(...items) is fastest for a sentence's tokens, but a huge unpunctuated paste would overflow the call's arguments. */
function appendAll<T>(target: T[], items: readonly T[]): void {
  if (items.length < 4096) target.push(...items);
  else for (const item of items) target.push(item);
}
