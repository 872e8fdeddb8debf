/**
 * Regular-expression signals matched line by line. A line's matches are cached by its text, so
 * after an edit only the edited line is scanned again (the same bargain as the sentence cache in
 * draft.ts); and a draft's lines are sliced and looked up once, whatever the number of patterns,
 * so forty patterns cost forty Map reads a line, not forty hash lookups of its text.
 * A signal never spans two lines: a line break ends a thought in every composer.
 */
import type { Draft } from './draft.ts';
import { Lru } from './lru.ts';

export interface TextMatch {
  start: number;
  end: number;
  text: string;
}

export interface LinePattern {
  readonly name: string;
  /** Global; tested against one line at a time. */
  readonly regex: RegExp;
  /** Matches right after "@" or "#" are part of a handle or a hashtag, not words: skipped. */
  readonly notInTags?: boolean;
}

/** One line's matches, per pattern: [start, end) pairs relative to the line. */
type LineEntry = Map<LinePattern, readonly number[]>;

/** Enough lines for the last few drafts of any length the composer holds. */
const CACHED_LINES = 4000;
const lineCache = new Lru<string, LineEntry>(CACHED_LINES);

interface DraftLine {
  start: number;
  text: string;
  entry: LineEntry;
}
const draftLines = new WeakMap<Draft, DraftLine[]>();

export function linePattern(name: string, regex: RegExp): LinePattern {
  if (!regex.global) throw new Error(`linePattern ${name}: the regex must be global`);
  return { name, regex };
}

/**
 * Builds a whole-word, case-insensitive pattern from alternatives ("click here", "order now"),
 * each starting with a letter or digit. `\b` without the u flag scans about a third faster than
 * a lookbehind at every position; the handle and hashtag check is done on the match instead.
 */
export function wordsPattern(name: string, alternatives: readonly string[]): LinePattern {
  // Longest first, so "click here" wins over "click".
  const body = [...alternatives].sort((a, b) => b.length - a.length).join('|');
  return { ...linePattern(name, new RegExp(`\\b(?:${body})(?!\\w)`, 'gi')), notInTags: true };
}

/** The draft's non-empty lines with their cache entries, made once per draft. */
function linesOf(draft: Draft): DraftLine[] {
  let lines = draftLines.get(draft);
  if (!lines) {
    lines = [];
    for (const line of draft.lines) {
      if (line.end === line.start) continue;
      const text = draft.text.slice(line.start, line.end);
      let entry = lineCache.get(text);
      if (!entry) {
        entry = new Map();
        lineCache.set(text, entry);
      }
      lines.push({ start: line.start, text, entry });
    }
    draftLines.set(draft, lines);
  }
  return lines;
}

function spansOf(pattern: LinePattern, line: DraftLine): readonly number[] {
  let spans = line.entry.get(pattern);
  if (!spans) {
    const found: number[] = [];
    // exec, not matchAll: matchAll clones the regex for every line, which cost more than the match.
    const { regex } = pattern;
    regex.lastIndex = 0;
    for (let m = regex.exec(line.text); m; m = regex.exec(line.text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      if (pattern.notInTags && m.index > 0 && (line.text[m.index - 1] === '@' || line.text[m.index - 1] === '#')) continue;
      found.push(m.index, m.index + m[0].length);
    }
    spans = found;
    line.entry.set(pattern, spans);
  }
  return spans;
}

/** Every match of the pattern in the draft, in order, with offsets into draft.text. */
export function matchesIn(draft: Draft, pattern: LinePattern): TextMatch[] {
  const out: TextMatch[] = [];
  for (const line of linesOf(draft)) {
    const spans = spansOf(pattern, line);
    for (let i = 0; i < spans.length; i += 2) {
      const start = line.start + spans[i]!;
      const end = line.start + spans[i + 1]!;
      out.push({ start, end, text: line.text.slice(spans[i]!, spans[i + 1]!) });
    }
  }
  return out;
}

/** How many times the pattern matches in the draft. */
export function countIn(draft: Draft, pattern: LinePattern): number {
  let count = 0;
  for (const line of linesOf(draft)) count += spansOf(pattern, line).length / 2;
  return count;
}

export function clearLinePatternCaches(): void {
  lineCache.clear();
}
