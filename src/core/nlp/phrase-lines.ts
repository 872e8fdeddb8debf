/**
 * The unit every phrase list is matched on: a line of the draft (phrases.ts). A line's matches
 * are cached by its text, per compiled list, so after an edit only the edited line is matched
 * again; and a draft's lines are sliced and looked up once, whatever the number of lists, so
 * sixty lists cost sixty Map reads a line, not sixty hash lookups of its text.
 * A line is exact as the unit: no phrase runs across a line break (a word phrase's words are
 * joined by spaces and at most one hyphen; a pattern is tested on one line). And the cache may
 * hold word matches too: buildDraft tokenizes line by line, so a line's tokens follow from its text.
 */
import type { Draft, Token } from './draft.ts';
import { foundByLines } from './by-lines.ts';
import { firstStartingFrom } from './first-index.ts';
import { Lru } from './lru.ts';
import { type PhraseMatch, possibleStarts, startsVersion, type StreamWord, streamOf } from './phrase-stream.ts';
import { DraftMemo } from './draft-memo.ts';

/**
 * One line's matches per compiled list, in the line's own offsets, and token indexes counted
 * from the line's first token (-1: the last token before the line).
 */
type LineEntry = Map<object, readonly PhraseMatch[]>;

/** Enough lines for the last few drafts of any length the composer holds. */
const CACHED_LINES = 4000;
const lineCache = new Lru<string, LineEntry>(CACHED_LINES);

/** A non-empty line of one draft, with its cache entry; its tokens and word stream are found on first use. */
export class DraftLine {
  private first = -1;
  private end = -1;
  private words: StreamWord[] | null = null;
  private starts: number[] = [];
  private startsAsOf = -1;

  constructor(
    private tokens: readonly Token[],
    /** The line's index in draft.lines (Sentence.line). */
    readonly index: number,
    readonly start: number,
    readonly text: string,
    readonly entry: LineEntry,
  ) {}

  /**
   * The line, taken over by a newer draft whose tokens sit at the same indexes up to and through
   * it, reads that draft's tokens: a line must not keep an old draft's whole token array alive.
   */
  movedTo(tokens: readonly Token[]): this {
    this.tokens = tokens;
    return this;
  }

  /** Index in draft.tokens of the line's first token (the next line's, when it has none). */
  get firstToken(): number {
    if (this.first < 0) this.first = firstStartingFrom(this.tokens, this.start);
    return this.first;
  }

  /** Index in draft.tokens just past the line's last token. */
  private get tokenEnd(): number {
    if (this.end < 0) this.end = firstStartingFrom(this.tokens, this.start + this.text.length + 1);
    return this.end;
  }

  /** The line's words (phrase-stream.ts), offsets from the line's start. */
  stream(): StreamWord[] {
    this.words ??= streamOf(this.tokens, this.firstToken, this.tokenEnd, this.start);
    return this.words;
  }

  /** Where any compiled word list may start in the stream (phrase-stream.ts possibleStarts). */
  possibleStarts(): readonly number[] {
    const version = startsVersion();
    if (this.startsAsOf !== version) {
      this.starts = possibleStarts(this.stream());
      this.startsAsOf = version;
    }
    return this.starts;
  }

  /**
   * The token an offset of the line falls in: the line's last token starting at or before it,
   * counted from the line's first token; -1 when none does (the last token before the line).
   */
  tokenAt(offset: number): number {
    return firstStartingFrom(this.tokens, this.start + offset + 1, this.firstToken, this.tokenEnd) - 1 - this.firstToken;
  }
}


const draftLines = new DraftMemo<readonly DraftLine[]>();

/**
 * The draft's non-empty lines with their cache entries, made once per draft. After an edit, the
 * lines the draft took over from the last one keep that draft's DraftLine (by-lines.ts): the
 * same text, offsets and token numbers, and what it already worked out.
 */
export function linesOf(draft: Draft): readonly DraftLine[] {
  const known = draftLines.get(draft);
  if (known) return known;
  const lines = foundByLines(draft, draftLines, makeLines);
  for (const line of lines) line.movedTo(draft.tokens);
  return lines;
}

/** DraftLines for draft.lines[from, to), the empty ones left out. */
function makeLines(draft: Draft, from: number, to: number): DraftLine[] {
  const lines: DraftLine[] = [];
  for (let index = from; index < to; index++) {
    const line = draft.lines[index]!;
    if (line.end === line.start) continue;
    const text = draft.text.slice(line.start, line.end);
    let entry = lineCache.get(text);
    if (!entry) {
      entry = new Map();
      lineCache.set(text, entry);
    }
    lines.push(new DraftLine(draft.tokens, index, line.start, text, entry));
  }
  return lines;
}

export function clearPhraseCaches(): void {
  lineCache.clear();
}
